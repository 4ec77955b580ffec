namespace Modular.Portfolio.Domain.Journal;

/// <summary>What happened to an establishment, as its journal tells it (stored by name).</summary>
internal enum JournalEvent
{
    AddedByDsn,
    AddedManually,
    Completed,
    Deposited,
    AddressDiffers,
    AddressTaken,
    AddressKept,
    Removed,
    Restored,
    SeedingRequested,
    SeedingReminded,
    SeedingAccepted,
    SeedingRefused,
}
