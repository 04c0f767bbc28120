package vn.dangvu.organization;

import java.util.List;
import java.util.Map;

/**
 * An organization's path on a date and the names of organizations each on its day ({@link Organizations#pathAndNames}).
 *
 * @param path the chain from the root down to the organization; empty when it does not exist on the date
 * @param names the name of each organization asked for on its day; codes never recorded are left out
 */
public record NamedPath(List<OrganizationView> path, Map<OrganizationOn, String> names) {
}
