namespace OpenTerritoire.Core.Identity;

/// <summary>Who holds an API token: a person, an application, or a feed delivering data.</summary>
public enum ApiTokenKind
{
    User,
    Application,
    Feed,
}
