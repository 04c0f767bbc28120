package vn.dangvu.access.web;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.dangvu.access.AccessScope;
import vn.dangvu.access.CurrentUser;
import vn.dangvu.common.web.CallerScope;

/**
 * The scope of the signed-in user of the current request, answered by {@link AccessScope} like every question the
 * {@link ScopeGuard} asks. Nobody signed in has no scope at all.
 */
@Component
class SignedInCallerScope implements CallerScope {

	private final AccessScope scope;

	SignedInCallerScope(AccessScope scope) {
		this.scope = scope;
	}

	@Override
	public boolean unrestricted() {
		return scope.current().isAdministrator();
	}

	@Override
	public Optional<String> homeOrganization() {
		CurrentUser user = scope.current();
		return user.isAdministrator() ? Optional.empty() : user.homeOrganization();
	}

	@Override
	public boolean mayWriteOrganization(String code) {
		return code != null && scope.mayWriteOrganization(scope.current(), code.strip());
	}

	@Override
	public boolean mayWriteMember(String memberNo) {
		return memberNo != null && scope.mayWriteMember(scope.current(), memberNo.strip());
	}

}
