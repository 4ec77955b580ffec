using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Notifications.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class MessageEnclosures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "message_enclosures",
                schema: "notifications",
                columns: table => new
                {
                    Position = table.Column<int>(type: "integer", nullable: false),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BlobId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_message_enclosures", x => new { x.MessageId, x.Position });
                    table.ForeignKey(
                        name: "FK_message_enclosures_messages_MessageId",
                        column: x => x.MessageId,
                        principalSchema: "notifications",
                        principalTable: "messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "message_enclosures",
                schema: "notifications");
        }
    }
}
