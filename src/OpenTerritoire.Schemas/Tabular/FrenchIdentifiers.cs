namespace OpenTerritoire.Schemas.Tabular;

/// <summary>Checks of French administrative identifiers (<c>x-check</c>).</summary>
public static class FrenchIdentifiers
{
    /// <summary>The SIREN of La Poste, whose establishments' SIRETs do not follow the Luhn key.</summary>
    private const string LaPosteSiren = "356000000";

    /// <summary>A 9-digit SIREN with a valid Luhn key (INSEE, répertoire Sirene).</summary>
    public static bool IsValidSiren(ReadOnlySpan<char> siren) => siren.Length == 9 && AllDigits(siren) && Luhn(siren);

    /// <summary>
    /// A 14-digit SIRET with a valid Luhn key; La Poste's SIRETs (SIREN 356000000) instead have a digit sum divisible
    /// by 5, since its thousands of establishments outgrew the key space (INSEE note on the La Poste exception).
    /// </summary>
    public static bool IsValidSiret(ReadOnlySpan<char> siret)
    {
        if (siret.Length != 14 || !AllDigits(siret))
        {
            return false;
        }

        if (siret.StartsWith(LaPosteSiren, StringComparison.Ordinal) && !siret.SequenceEqual("35600000000048"))
        {
            var sum = 0;
            foreach (var c in siret)
            {
                sum += c - '0';
            }

            return sum % 5 == 0;
        }

        return Luhn(siret);
    }

    /// <summary>
    /// The form of a commune code of the Code officiel géographique: five digits, or 2A/2B and three digits for
    /// Corsica, and never commune number 000 (so a postcode like 35000 is refused).
    /// </summary>
    /// <remarks>
    /// The full COG list (about 35,000 codes, changing every 1 January) is not shipped; a well-formed code of a
    /// merged or unknown commune therefore passes.
    /// </remarks>
    public static bool IsInseeCommuneFormat(ReadOnlySpan<char> code)
    {
        if (code.Length != 5)
        {
            return false;
        }

        var departmentOk = (char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]))
                           || (code[0] == '2' && code[1] is 'A' or 'B');
        return departmentOk && AllDigits(code[2..]) && !code[2..].SequenceEqual("000");
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // Luhn: from the rightmost digit, double every second digit, subtract 9 when over 9; the sum is a multiple of 10.
    private static bool Luhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
