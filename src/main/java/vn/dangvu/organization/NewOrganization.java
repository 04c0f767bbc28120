package vn.dangvu.organization;

/**
 * An organization that a restructuring creates (the target of a merge, a part of a split).
 */
public record NewOrganization(String code, String name, OrganizationType type, OrganizationField field) {
}
