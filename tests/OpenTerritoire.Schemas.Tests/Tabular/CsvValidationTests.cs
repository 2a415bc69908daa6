using System.Text;
using OpenTerritoire.Schemas.Inputs;
using OpenTerritoire.Schemas.Tabular;

namespace OpenTerritoire.Schemas.Tests.Tabular;

public sealed class CsvValidationTests
{
    private const string CarPark = "car-park-occupancy-hourly";
    private const string Water = "water-consumption-per-meter";
    private const string WaterHeader = "id_compteur;code_insee_commune;date_debut_periode;date_fin_periode;volume_m3;type_releve;index_debut_m3;index_fin_m3;categorie_usager\n";

    [Fact]
    public async Task ValidateAsync_Latin1File_WarnsAndReadsTheAccents()
    {
        var bytes = Encoding.Latin1.GetBytes(TestInputs.CarParkRow());

        var report = await TestInputs.RunAsync(CarPark, bytes, MediaType.Csv);

        var entry = Assert.Single(report.Entries);
        Assert.Equal("table.encoding", entry.Code);
        Assert.Equal(Core.IssueSeverity.Warning, entry.Severity);
        Assert.True(report.Valid);
        Assert.Equal(1, report.Stats.Records);
    }

    [Fact]
    public async Task ValidateAsync_Windows1252EnumValue_IsDecodedBeforeTheEnumCheck()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var bytes = windows1252.GetBytes(WaterHeader + "D17TA012345;35238;2026-01-01;2026-01-31;7,4;Télérelève;;;domestique\n");

        var report = await TestInputs.RunAsync(Water, bytes, MediaType.Csv);

        Assert.Equal(["table.encoding", "table.enum"], report.Entries.Select(entry => entry.Code));
        Assert.Equal("Télérelève", report.Entries[1].Value);
    }

    [Theory]
    [InlineData("7,412", true)]
    [InlineData("7.412", false)]
    [InlineData("1 257,1", false)]
    public async Task ValidateAsync_SemicolonFile_ReadsDecimalCommaOnly(string volume, bool valid)
    {
        var report = await TestInputs.CsvAsync(Water, WaterHeader + $"D17TA012345;35238;2026-01-01;2026-01-31;{volume};telereleve;;;domestique\n");

        Assert.Equal(valid, report.Valid);
        Assert.All(report.Entries, entry => Assert.Equal("table.type row 1 field volume_m3", $"{entry.Code} row {entry.Location.Row} field {entry.Location.Field}"));
    }

    [Fact]
    public async Task ValidateAsync_QuotedCellWithNewlinesAndQuotes_CountsOneRow()
    {
        var csv = TestInputs.CarParkRow("nom_parking", "\"Parking \"\"Trémouille\"\",\nniveau -1\"") + TestInputs.CarParkRow("capacite", "-1").Split('\n')[1].Replace("08:00", "09:00", StringComparison.Ordinal) + "\n";

        var report = await TestInputs.CsvAsync(CarPark, csv);

        Assert.Equal("table.minimum row 2 field capacite", $"{Assert.Single(report.Entries).Code} row {report.Entries[0].Location.Row} field {report.Entries[0].Location.Field}");
        Assert.Equal(2, report.Stats.Records);
    }

    [Fact]
    public async Task ValidateAsync_HeaderInAnotherOrderWithCrlf_MatchesByName()
    {
        var csv = "siren_exploitant,longitude,latitude,places_libres,places_occupees,capacite,horodatage,nom_parking,id_parking\r\n" +
                  "799990023,5.0415,47.3215,238,412,650,2026-03-02T08:00:00Z,P,21231-P-0004\r\n";

        var report = await TestInputs.CsvAsync(CarPark, csv);

        Assert.True(report.Valid);
        Assert.Empty(report.Entries);
    }

    [Fact]
    public async Task ValidateAsync_TenMegabyteLine_ReportsItAndChecksTheNextRow()
    {
        var csv = TestInputs.CarParkRow("nom_parking", new string('P', 10 * 1024 * 1024)) +
                  TestInputs.CarParkRow("capacite", "abc").Split('\n')[1] + "\n";

        var report = await TestInputs.CsvAsync(CarPark, csv);

        Assert.Equal(
            ["table.line-too-long row 1 field ", "table.type row 2 field capacite"],
            report.Entries.Select(entry => $"{entry.Code} row {entry.Location.Row} field {entry.Location.Field}"));
    }

    [Fact]
    public async Task ValidateAsync_RowWithMissingCells_ReportsRowShapeOnly()
    {
        var csv = TestInputs.CarParkRow() + "21231-P-0004,Parking,2026-03-02T09:00:00+01:00\n\n";

        var report = await TestInputs.CsvAsync(CarPark, csv);

        var entry = Assert.Single(report.Entries);
        Assert.Equal(("table.row-shape", 2L, (string?)null), (entry.Code, entry.Location.Row!.Value, entry.Location.Field));
        Assert.Equal("row:2", entry.Location.Pointer);
    }

    [Fact]
    public async Task ValidateAsync_ExtraColumnWithTypo_SuggestsTheField()
    {
        var csv = TestInputs.CarParkRow().Replace("places_libres", "place_libres", StringComparison.Ordinal);

        var report = await TestInputs.CsvAsync(CarPark, csv);

        var extra = Assert.Single(report.Entries, entry => entry.Code == "table.extra-column");
        Assert.Contains("places_libres", extra.HintFr, StringComparison.Ordinal);
        Assert.Equal(6, extra.Location.Column);
        Assert.Contains(report.Entries, entry => entry.Code == "table.missing-column" && entry.Location.Field == "places_libres");
    }

    [Theory]
    [InlineData("356000000", true)]
    [InlineData("799990023", true)]
    [InlineData("799990024", false)]
    [InlineData("79999002", false)]
    public void IsValidSiren_Number_ChecksTheLuhnKey(string siren, bool valid) =>
        Assert.Equal(valid, FrenchIdentifiers.IsValidSiren(siren));

    [Theory]
    [InlineData("79999002300019", true)]
    [InlineData("79999002300018", false)]
    [InlineData("35600000000048", true)]
    [InlineData("35600000012346", true)]
    [InlineData("35600000012345", false)]
    public void IsValidSiret_Number_ChecksLuhnOrTheLaPosteRule(string siret, bool valid) =>
        Assert.Equal(valid, FrenchIdentifiers.IsValidSiret(siret));

    [Theory]
    [InlineData("21231", true)]
    [InlineData("2A004", true)]
    [InlineData("2B033", true)]
    [InlineData("97411", true)]
    [InlineData("35000", false)]
    [InlineData("2C004", false)]
    [InlineData("2123", false)]
    public void IsInseeCommuneFormat_Code_ChecksTheForm(string code, bool valid) =>
        Assert.Equal(valid, FrenchIdentifiers.IsInseeCommuneFormat(code));

    [Theory]
    [InlineData(47.32, 5.04, true)]
    [InlineData(-21.1, 55.5, true)]
    [InlineData(16.2, -61.5, true)]
    [InlineData(5.04, 47.32, false)]
    public void Contains_Point_UsesMainlandAndOverseasBoxes(double latitude, double longitude, bool inside) =>
        Assert.Equal(inside, FrenchTerritory.Contains(latitude, longitude));
}
