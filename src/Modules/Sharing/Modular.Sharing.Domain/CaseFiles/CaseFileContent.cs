namespace Modular.Sharing.Domain.CaseFiles;

/// <summary>Who the client is ("identité du client").</summary>
internal sealed record ClientIdentity(string LastName, string? FirstName, DateOnly? BirthDate, string? Email, string? Phone, string? Address)
{
    public string DisplayName => string.IsNullOrWhiteSpace(FirstName) ? LastName : $"{LastName} {FirstName}";
}

/// <summary>An insurance policy of the client ("contrat"): insurer, number, product and annual premium in euros.</summary>
internal sealed record Policy(string Insurer, string Number, string Product, decimal AnnualPremium);

/// <summary>A free, titled block of text.</summary>
internal sealed record Section(string Title, string Body);

/// <summary>A part of a case file that an overwrite can erase; <see cref="Name"/> tells which policy or section.</summary>
internal enum CaseFileField
{
    LastName,
    FirstName,
    BirthDate,
    Email,
    Phone,
    Address,
    Policy,
    Notes,
    Section,
}

internal sealed record ErasedField(CaseFileField Field, string? Name);

/// <summary>
/// Everything a person writes in a case file. It is what a share key snapshots, what an import
/// copies and what a restore point keeps, so it is one immutable value.
/// </summary>
internal sealed record CaseFileContent(ClientIdentity Client, IReadOnlyList<Policy> Policies, string? Notes, IReadOnlyList<Section> Sections)
{
    /// <summary>Two contents are equal when they say the same things, whatever list type holds them.</summary>
    public bool Equals(CaseFileContent? other) =>
        other is not null && Client == other.Client && Notes == other.Notes
        && Policies.SequenceEqual(other.Policies) && Sections.SequenceEqual(other.Sections);

    public override int GetHashCode() => HashCode.Combine(Client, Notes, Policies.Count, Sections.Count);

    /// <summary>
    /// What replacing this content by <paramref name="incoming"/> loses: every field whose value
    /// differs, every policy and section of ours that the incoming content does not hold as it is.
    /// </summary>
    public IReadOnlyList<ErasedField> ErasedBy(CaseFileContent incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var erased = new List<ErasedField>();
        void Compare<T>(CaseFileField field, T ours, T theirs)
        {
            if (!EqualityComparer<T>.Default.Equals(ours, theirs) && !(ours is null || ours is string { Length: 0 }))
            {
                erased.Add(new ErasedField(field, null));
            }
        }

        Compare(CaseFileField.LastName, Client.LastName, incoming.Client.LastName);
        Compare(CaseFileField.FirstName, Client.FirstName, incoming.Client.FirstName);
        Compare(CaseFileField.BirthDate, Client.BirthDate, incoming.Client.BirthDate);
        Compare(CaseFileField.Email, Client.Email, incoming.Client.Email);
        Compare(CaseFileField.Phone, Client.Phone, incoming.Client.Phone);
        Compare(CaseFileField.Address, Client.Address, incoming.Client.Address);
        erased.AddRange(Policies.Where(p => !incoming.Policies.Contains(p)).Select(p => new ErasedField(CaseFileField.Policy, $"{p.Insurer} {p.Number}")));
        Compare(CaseFileField.Notes, Notes, incoming.Notes);
        erased.AddRange(Sections.Where(s => !incoming.Sections.Contains(s)).Select(s => new ErasedField(CaseFileField.Section, s.Title)));
        return erased;
    }
}
