namespace Modular.Portfolio.Domain.Establishments;

/// <summary>
/// The day of the following month by which an establishment's monthly DSN is due, at noon: the
/// 5th for one with 50 employees or more paying salaries within the month, the 15th otherwise.
/// </summary>
internal enum DueDay
{
    Fifth = 5,
    Fifteenth = 15,
}
