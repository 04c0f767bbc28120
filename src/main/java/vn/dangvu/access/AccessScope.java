package vn.dangvu.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.dangvu.access.internal.UserStore;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberView;
import vn.dangvu.member.TransferView;
import vn.dangvu.member.Transfers;
import vn.dangvu.organization.Organizations;

/**
 * Who may see and change what: the scope of each grant, with the tree as it stands today (a restructuring moves scopes
 * with it). The web guard asks these questions for every request that names an organization or a member; nothing else
 * decides them.
 * <ul>
 * <li>ADMIN: everything.</li>
 * <li>ORG_OFFICER, LEADER: the subtree of their organization today; the pages of every organization that was ever in
 * it (its history — also when the scope organization was merged away since).</li>
 * <li>SECRETARY: their own organization and its members.</li>
 * <li>MEMBER: their own member record only.</li>
 * </ul>
 * Only ADMIN, ORG_OFFICER and SECRETARY change anything; a user's rights are the union of their grants.
 */
@Service
public class AccessScope {

	private static final String CURRENT_USER = AccessScope.class.getName() + ".currentUser";

	private final UserStore users;

	private final Organizations organizations;

	private final MemberRoster members;

	private final Transfers transfers;

	private final Clock clock;

	AccessScope(UserStore users, Organizations organizations, MemberRoster members, Transfers transfers,
			Optional<Clock> clock) {
		this.users = users;
		this.organizations = organizations;
		this.members = members;
		this.transfers = transfers;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/**
	 * The signed-in user with the grants the database holds now (once per request). A principal the database does not
	 * know (a test's mock user) has only the administrator grant when its authorities say so, and nothing else.
	 */
	public CurrentUser current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return CurrentUser.anonymous();
		}
		if (request != null && request.getAttribute(CURRENT_USER, RequestAttributes.SCOPE_REQUEST) instanceof CurrentUser cached
				&& Objects.equals(cached.username(), authentication.getName())) {
			return cached;
		}
		// a bearer token's request carries the grants read with the token (access.web.BearerTokenFilter)
		CurrentUser user = authentication.getDetails() instanceof CurrentUser read
				&& Objects.equals(read.username(), authentication.getName()) ? read : load(authentication);
		if (request != null) {
			request.setAttribute(CURRENT_USER, user, RequestAttributes.SCOPE_REQUEST);
		}
		return user;
	}

	private CurrentUser load(Authentication authentication) {
		String name = authentication.getName();
		return users.find(name.strip().toLowerCase())
			.map(u -> new CurrentUser(u.username(), u.enabled() ? u.grants() : List.of()))
			.orElseGet(() -> new CurrentUser(name,
					authentication.getAuthorities()
						.stream()
						.map(GrantedAuthority::getAuthority)
						.filter(("ROLE_" + Role.ADMIN.name())::equals)
						.map(a -> new Grant(Role.ADMIN, null))
						.limit(1)
						.toList()));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * May the user read the page of this organization — details and history? Officers and leaders read every
	 * organization that was ever in their subtree.
	 */
	public boolean mayReadOrganizationHistory(CurrentUser user, String code) {
		return user.isAdministrator() || anyGrant(user, g -> switch (g.role()) {
			case ORG_OFFICER, LEADER -> everInSubtree(g.scope()).contains(code);
			case SECRETARY -> g.scope().equals(code);
			default -> false;
		});
	}

	/**
	 * May the user read the data of this organization's subtree — lists, searches, reports, exports? Only within the
	 * subtree as it stands today, or the scope organization itself (also once it has ended).
	 */
	public boolean mayReadOrganization(CurrentUser user, String code) {
		return user.isAdministrator() || anyGrant(user, g -> switch (g.role()) {
			case ORG_OFFICER, LEADER -> g.scope().equals(code) || inSubtreeToday(g.scope(), code);
			case SECRETARY -> g.scope().equals(code);
			default -> false;
		});
	}

	/** May the user change records of this organization (its members; for an officer, its subtree)? */
	public boolean mayWriteOrganization(CurrentUser user, String code) {
		return user.isAdministrator() || anyGrant(user, g -> switch (g.role()) {
			case ORG_OFFICER -> inSubtreeToday(g.scope(), code);
			case SECRETARY -> g.scope().equals(code);
			default -> false;
		});
	}

	/**
	 * May the user restructure this organization (rename, move, merge, split, dissolve it)? Only what is strictly
	 * under an officer's scope: the scope organization itself is changed by the level above.
	 */
	public boolean mayRestructure(CurrentUser user, String code) {
		return user.isAdministrator() || anyGrant(user,
				g -> g.role() == Role.ORG_OFFICER && !g.scope().equals(code) && inSubtreeToday(g.scope(), code));
	}

	/**
	 * May the user read this member's file? By the organization the member belongs to today (the last one for a
	 * member no longer in the Party); a member reads only their own file.
	 */
	public boolean mayReadMember(CurrentUser user, String memberNo) {
		return mayAccessMember(user, memberNo, false);
	}

	/** May the user change this member's file or ledger? */
	public boolean mayWriteMember(CurrentUser user, String memberNo) {
		return mayAccessMember(user, memberNo, true);
	}

	private boolean mayAccessMember(CurrentUser user, String memberNo, boolean write) {
		if (user.isAdministrator()) {
			return true;
		}
		if (!write && anyGrant(user, g -> g.role() == Role.MEMBER && g.scope().equals(memberNo))) {
			return true;
		}
		Optional<String> org = organizationOf(memberNo);
		if (org.isEmpty()) {
			return false;
		}
		return anyGrant(user, g -> (!write || g.writes()) && switch (g.role()) {
			case ORG_OFFICER, LEADER -> inSubtreeToday(g.scope(), org.get());
			case SECRETARY -> g.scope().equals(org.get());
			default -> false;
		});
	}

	/**
	 * May the user receive this transfer letter? Reception is the receiving side's half of the handshake (DOMAIN.md
	 * §2.4): a user who may change the members of the organization the pending letter is addressed to receives it,
	 * although the member enters their scope only with the reception. Before it they see the letter in the list of
	 * letters in transit of their subtree, not the member's file. The sending side issues and cancels a letter; it
	 * receives one only when the letter is addressed within its own scope too.
	 */
	public boolean mayReceiveTransfer(CurrentUser user, String memberNo, long transferId) {
		return user.isAdministrator()
				|| pendingTransferDestination(memberNo, transferId).map(to -> mayWriteOrganization(user, to)).orElse(false);
	}

	/** The organization a letter of the member still in transit is addressed to. */
	public Optional<String> pendingTransferDestination(String memberNo, long transferId) {
		return transfers.find(transferId)
			.filter(t -> t.memberNo().equals(memberNo) && t.pending())
			.map(TransferView::toOrg);
	}

	/**
	 * May the user give this role over this scope? An administrator any; an officer any role but ADMIN within their
	 * subtree (a MEMBER grant: for a member of the subtree).
	 */
	public boolean mayGrant(CurrentUser user, Role role, String scope) {
		if (user.isAdministrator()) {
			return true;
		}
		if (role == Role.ADMIN || scope == null) {
			return false;
		}
		if (role == Role.MEMBER) {
			return anyGrant(user, g -> g.role() == Role.ORG_OFFICER) && mayWriteMember(user, scope);
		}
		return anyGrant(user, g -> g.role() == Role.ORG_OFFICER && inSubtreeToday(g.scope(), scope));
	}

	/**
	 * May the user administer this account (disable, enable, reset its password)? An administrator any; an officer an
	 * account all of whose grants they could give.
	 */
	public boolean mayManageUser(CurrentUser user, String username) {
		if (user.isAdministrator()) {
			return true;
		}
		return users.find(username.strip().toLowerCase())
			.map(target -> !target.grants().isEmpty()
					&& target.grants().stream().allMatch(g -> mayGrant(user, g.role(), g.scope())))
			.orElse(false);
	}

	/** True when the grant's scope lies in the given organizations (a MEMBER grant: by the member's organization). */
	public boolean grantWithin(Grant grant, Set<String> codes) {
		if (grant.scope() == null) {
			return false;
		}
		return grant.role() == Role.MEMBER ? organizationOf(grant.scope()).map(codes::contains).orElse(false)
				: codes.contains(grant.scope());
	}

	/** The codes of the organization's subtree today. */
	public Set<String> subtreeToday(String code) {
		return Set.copyOf(organizations.subtreeCodes(code, today()));
	}

	/** True when a member file has the number. */
	public boolean memberExists(String memberNo) {
		return !members.recorded(Set.of(memberNo)).isEmpty();
	}

	/** True when an organization with the code was ever recorded. */
	public boolean organizationExists(String code) {
		return organizations.exists(code);
	}

	private Optional<String> organizationOf(String memberNo) {
		LocalDate today = today();
		return members.organizationOn(memberNo, today)
			.or(() -> members.find(memberNo, today).map(MemberView::orgCode));
	}

	private static boolean anyGrant(CurrentUser user, Predicate<Grant> allows) {
		return user.grants().stream().filter(g -> g.role() == Role.ADMIN || g.scope() != null).anyMatch(allows);
	}

	private boolean inSubtreeToday(String ancestor, String code) {
		return organizations.isInSubtree(ancestor, code, today());
	}

	private Set<String> everInSubtree(String code) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return organizations.codesEverInSubtree(code);
		}
		String key = AccessScope.class.getName() + ".everInSubtree";
		@SuppressWarnings("unchecked")
		Map<String, Set<String>> cache = (Map<String, Set<String>>) request.getAttribute(key,
				RequestAttributes.SCOPE_REQUEST);
		if (cache == null) {
			cache = new HashMap<>();
			request.setAttribute(key, cache, RequestAttributes.SCOPE_REQUEST);
		}
		return cache.computeIfAbsent(code, organizations::codesEverInSubtree);
	}

}
