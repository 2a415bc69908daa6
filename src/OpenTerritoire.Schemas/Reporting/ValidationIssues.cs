using System.Reflection;
using OpenTerritoire.Core;

namespace OpenTerritoire.Schemas.Reporting;

/// <summary>
/// The catalogue of every validation code, with its severity, category, meaning and hint in English and French.
/// <c>docs/validation-codes.md</c> is generated from it (a test keeps them equal).
/// </summary>
public static partial class ValidationIssues
{
    private static readonly Lazy<IReadOnlyList<IssueDescriptor>> AllDescriptors = new(() => typeof(ValidationIssues)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(IssueDescriptor))
        .Select(field => (IssueDescriptor)field.GetValue(null)!)
        .OrderBy(descriptor => descriptor.Code, StringComparer.Ordinal)
        .ToArray());

    /// <summary>Every code, ordered by code.</summary>
    public static IReadOnlyList<IssueDescriptor> All => AllDescriptors.Value;

    /// <summary>The descriptor of a code, or null when the code is not in the catalogue.</summary>
    public static IssueDescriptor? Find(string code) =>
        All.FirstOrDefault(descriptor => string.Equals(descriptor.Code, code, StringComparison.Ordinal));

    private static IssueDescriptor Error(
        string code, IssueCategory category, string messageEn, string messageFr, string hintEn, string hintFr) =>
        new(code, IssueSeverity.Error, category, messageEn, messageFr, hintEn, hintFr);

    private static IssueDescriptor Warning(
        string code, IssueCategory category, string messageEn, string messageFr, string hintEn, string hintFr) =>
        new(code, IssueSeverity.Warning, category, messageEn, messageFr, hintEn, hintFr);
}
