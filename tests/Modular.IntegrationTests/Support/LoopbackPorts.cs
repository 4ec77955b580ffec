using System.Net;
using System.Net.Sockets;

namespace Modular.IntegrationTests.Support;

/// <summary>Ports on 127.0.0.1 for servers a test starts (or for nothing to listen on).</summary>
public static class LoopbackPorts
{
    /// <summary>A port nothing listens on now (the system's choice, released at once).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
