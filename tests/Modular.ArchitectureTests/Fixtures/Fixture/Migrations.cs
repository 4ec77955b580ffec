using Microsoft.EntityFrameworkCore.Migrations;

namespace Modular.Fixture.Infrastructure.Migrations;

/// <summary>Compliant though public and unsealed: EF Core generates migrations so.</summary>
public partial class InitialFixture : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
    }
}
