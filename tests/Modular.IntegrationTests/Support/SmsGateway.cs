using System.Collections.Concurrent;
using System.Net;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Support;

/// <summary>An SMS gateway stand-in on a loopback port: records what it receives, answers as told.</summary>
public sealed class SmsGateway : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();

    public SmsGateway()
    {
        Port = Maildev.FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/send";

    /// <summary>The status the next requests get (200 by default).</summary>
    public HttpStatusCode Answer { get; set; } = HttpStatusCode.OK;

    public ConcurrentQueue<(string Body, string? Authorization)> Received { get; } = new();

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            if (Answer == HttpStatusCode.OK)
            {
                Received.Enqueue((body, context.Request.Headers["Authorization"]));
            }

            context.Response.StatusCode = (int)Answer;
            context.Response.Close();
        }
    }
}
