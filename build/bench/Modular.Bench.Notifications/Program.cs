using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Modular.Notifications.Contracts;
using Modular.Bench;

// Notifications throughput: N emails from SendMessageCommand to maildev (a real SMTP server on
// loopback), against a baseline that sends N prebuilt messages straight to the same server with
// MailKit over one connection, in the same run. Reports both rates, their ratio, and the peak
// working set of this process, which hosts the Host.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
var maildevScript = args.Length > 1 ? args[1] : throw new ArgumentException("usage: <count> <path to maildev.js>");
var smtpPort = FreePort();
var webPort = FreePort();
using var maildev = Process.Start(new ProcessStartInfo("node", [maildevScript, "--smtp", $"{smtpPort}", "--ip", "127.0.0.1", "--web", $"{webPort}", "--web-ip", "127.0.0.1", "--silent"]))!;
try
{
    await WaitForPortAsync(smtpPort);

    // Baseline: the same number of messages, built and sent directly.
    var self = Process.GetCurrentProcess();
    var (selfBefore, maildevBefore) = (Cpu(self), Cpu(maildev));
    var baseline = Stopwatch.StartNew();
    using (var client = new SmtpClient())
    {
        await client.ConnectAsync("127.0.0.1", smtpPort, SecureSocketOptions.None);
        for (var i = 0; i < count; i++)
        {
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse("bench@modular.test"));
            message.To.Add(MailboxAddress.Parse($"baseline{i}@example.fr"));
            message.Subject = "Message d'essai";
            message.Body = new BodyBuilder { HtmlBody = "<p>Bonjour</p>", TextBody = "Bonjour" }.ToMessageBody();
            await client.SendAsync(message);
        }

        await client.DisconnectAsync(true);
    }

    baseline.Stop();
    var baselineCpu = (Self: Cpu(self) - selfBefore, Maildev: Cpu(maildev) - maildevBefore);
    // The Host as Program.Main builds it, on Kestrel at a loopback port, on a fresh data directory.
    var (app, dataDirectory) = await BenchHost.StartAsync(new Dictionary<string, string?>
    {
        ["Modular:Notifications:Smtp:Host"] = "127.0.0.1",
        ["Modular:Notifications:Smtp:Port"] = $"{smtpPort}",
        ["Modular:Notifications:Smtp:Security"] = "None",
        ["Modular:Notifications:PollInterval"] = "00:00:00.050",
        ["Modular:Notifications:BatchSize"] = "200",
    });
    await using var _ = app;

    (selfBefore, maildevBefore) = (Cpu(self), Cpu(maildev));
    var pipeline = Stopwatch.StartNew();
    var mediator = app.Services;
    var senders = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
    {
        for (var i = worker; i < count; i += 4)
        {
            await using var scope = mediator.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendMessageCommand(
                "notifications.test",
                "fr",
                Channel.Email,
                new RecipientDto("Marie Dupont", Email: $"bench{i}@example.fr"),
                new Dictionary<string, string> { ["sender_name"] = "Bench", ["organisation_name"] = "Cabinet Démo", ["note"] = "" },
                "Bench",
                null,
                null,
                $"bench-{i}"));
            if (result.IsFailure)
            {
                throw new InvalidOperationException(result.Error.Message);
            }
        }
    })).ToArray();
    await Task.WhenAll(senders);
    var commandsDone = pipeline.Elapsed;

    var database = Path.Combine(dataDirectory, "notifications.db");
    long delivered = 0;
    while (delivered < count && pipeline.Elapsed < TimeSpan.FromMinutes(10))
    {
        await Task.Delay(100);
        delivered = await DeliveredAsync(database);
    }

    pipeline.Stop();
    var pipelineCpu = (Self: Cpu(self) - selfBefore, Maildev: Cpu(maildev) - maildevBefore);
    using var reader = new HttpClient();
    using var emails = System.Text.Json.JsonDocument.Parse(await reader.GetStringAsync(new Uri($"http://127.0.0.1:{webPort}/api/email")));
    var received = emails.RootElement.EnumerateArray()
        .Count(e => e.GetProperty("envelope").GetProperty("to")[0].GetProperty("address").GetString()!.StartsWith("bench", StringComparison.Ordinal));
    var peak = Process.GetCurrentProcess().PeakWorkingSet64;
    string Micro(TimeSpan cpu) => (cpu.TotalMicroseconds / count).ToString("0", CultureInfo.InvariantCulture);

    var baselineRate = count / baseline.Elapsed.TotalSeconds;
    var pipelineRate = count / pipeline.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        Notifications bench ({count} emails, {Environment.ProcessorCount} CPUs)
          baseline, MailKit straight to maildev:     {baselineRate,8:0} msg/s ({baseline.Elapsed.TotalSeconds:0.00} s)
          SendMessageCommand -> worker -> maildev:   {pipelineRate,8:0} msg/s ({pipeline.Elapsed.TotalSeconds:0.00} s; commands stored in {commandsDone.TotalSeconds:0.00} s)
          ratio pipeline/baseline:                   {pipelineRate / baselineRate,8:0.000}
          CPU per message, sender / maildev:         baseline {Micro(baselineCpu.Self)} / {Micro(baselineCpu.Maildev)} µs, pipeline {Micro(pipelineCpu.Self)} / {Micro(pipelineCpu.Maildev)} µs
          delivered (status) / received by maildev:  {delivered} / {received}
          peak working set of the process:           {peak / (1024.0 * 1024.0),8:0} MiB
        """));
    BenchGoals.Header();
    BenchGoals.AtLeast("emails through the worker / MailKit straight to maildev", pipelineRate / baselineRate, 0.9);
    BenchGoals.AtLeast("emails received by maildev / sent", received / (double)count, 1);
    await app.StopAsync();
    return delivered == count && received == count ? 0 : 1;
}
finally
{
    maildev.Kill(entireProcessTree: true);
}

// CPU time (user + system) of a process so far; the sender is this process, which hosts the Host.
static TimeSpan Cpu(Process process)
{
    process.Refresh();
    return process.TotalProcessorTime;
}

static async Task<long> DeliveredAsync(string database)
{
    await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT count(*) FROM messages WHERE Status = 'Delivered' AND RecipientAddress LIKE 'bench%'";
    return (long)(await command.ExecuteScalarAsync())!;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static async Task WaitForPortAsync(int port)
{
    for (var i = 0; i < 100; i++)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return;
        }
        catch (SocketException)
        {
            await Task.Delay(100);
        }
    }

    throw new InvalidOperationException("maildev did not start.");
}
