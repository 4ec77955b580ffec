using Modular.EndToEndTests.Infrastructure;

// One browser and one Host (Kestrel on loopback) for the whole run: every test gets its own
// browser context, so cookies never leak from one test to another.
[assembly: AssemblyFixture(typeof(ChromiumFixture))]
[assembly: AssemblyFixture(typeof(KestrelHostFixture))]
