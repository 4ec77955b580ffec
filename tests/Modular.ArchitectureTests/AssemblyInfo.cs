using Xunit.Sdk;
using Xunit.v3;

// The rules share two architectures loaded once; ArchUnitNET does not promise that evaluating
// rules on one architecture from several threads is safe, and the whole run takes seconds.
[assembly: Parallelization(Mode = ParallelMode.None)]
