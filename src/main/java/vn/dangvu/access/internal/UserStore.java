package vn.dangvu.access.internal;

import static vn.dangvu.access.internal.schema.Tables.API_TOKEN;
import static vn.dangvu.access.internal.schema.Tables.APP_USER;
import static vn.dangvu.access.internal.schema.Tables.USER_ROLE;

import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.dangvu.access.Grant;
import vn.dangvu.access.Role;
import vn.dangvu.common.database.RenderedQuery;

/** Users, their roles and their API tokens. */
@Repository
public class UserStore {

	/** A user as the login needs it. */
	public record StoredUser(long id, String username, String passwordHash, boolean enabled, List<Grant> grants) {
	}

	private final DSLContext dsl;

	/** The user by name, and the user of a token not revoked: asked on every request, their SQL rendered once. */
	private final RenderedQuery byName;

	private final RenderedQuery byTokenHash;

	public UserStore(DSLContext dsl) {
		this.dsl = dsl;
		this.byName = RenderedQuery.of(dsl,
				withGrants(APP_USER.USERNAME.eq(DSL.param("username", APP_USER.USERNAME.getDataType()))));
		this.byTokenHash = RenderedQuery.of(dsl, withGrants(APP_USER.ID.in(DSL.select(API_TOKEN.USER_ID)
			.from(API_TOKEN)
			.where(API_TOKEN.TOKEN_HASH.eq(DSL.param("tokenHash", API_TOKEN.TOKEN_HASH.getDataType())))
			.and(API_TOKEN.REVOKED_AT.isNull()))));
	}

	public boolean exists(String username) {
		return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
	}

	public Optional<Long> idOf(String username) {
		return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional(APP_USER.ID);
	}

	public boolean anyAdministrator() {
		return dsl.fetchExists(USER_ROLE, USER_ROLE.ROLE.eq(Role.ADMIN.name()));
	}

	public void insert(String username, String passwordHash, Role role, String scope) {
		long id = dsl.insertInto(APP_USER)
			.set(APP_USER.USERNAME, username)
			.set(APP_USER.PASSWORD_HASH, passwordHash)
			.returning(APP_USER.ID)
			.fetchSingle(APP_USER.ID);
		dsl.insertInto(USER_ROLE)
			.set(USER_ROLE.USER_ID, id)
			.set(USER_ROLE.ROLE, role.name())
			.set(USER_ROLE.SCOPE, scope)
			.execute();
	}

	/** An API token as its owner sees it (never the token itself, which is not kept). */
	public record TokenRow(long id, String label, java.time.OffsetDateTime createdAt, java.time.OffsetDateTime revokedAt) {

		public boolean revoked() {
			return revokedAt != null;
		}

	}

	public long insertToken(long userId, String tokenHash, String label) {
		return dsl.insertInto(API_TOKEN)
			.set(API_TOKEN.USER_ID, userId)
			.set(API_TOKEN.TOKEN_HASH, tokenHash)
			.set(API_TOKEN.LABEL, label)
			.returning(API_TOKEN.ID)
			.fetchSingle(API_TOKEN.ID);
	}

	public List<TokenRow> tokens(long userId) {
		return dsl.selectFrom(API_TOKEN)
			.where(API_TOKEN.USER_ID.eq(userId))
			.orderBy(API_TOKEN.ID.desc())
			.fetch(t -> new TokenRow(t.getId(), t.getLabel(), t.getCreatedAt(), t.getRevokedAt()));
	}

	/** Revokes one of the user's tokens; answers false when it is not theirs or already revoked. */
	public boolean revokeToken(long userId, long tokenId) {
		return dsl.update(API_TOKEN)
			.set(API_TOKEN.REVOKED_AT, java.time.OffsetDateTime.now())
			.where(API_TOKEN.ID.eq(tokenId))
			.and(API_TOKEN.USER_ID.eq(userId))
			.and(API_TOKEN.REVOKED_AT.isNull())
			.execute() == 1;
	}

	public void updatePassword(long userId, String passwordHash) {
		dsl.update(APP_USER)
			.set(APP_USER.PASSWORD_HASH, passwordHash)
			.set(APP_USER.PASSWORD_CHANGED_AT, java.time.OffsetDateTime.now())
			.where(APP_USER.ID.eq(userId))
			.execute();
	}

	/** The user with their grants, in one query (every request asks it once: see AccessScope#current). */
	public Optional<StoredUser> find(String username) {
		return folded(byName.fetch(dsl, "username", username));
	}

	/** The user rows matching the condition, joined with their grants. */
	private Select<?> withGrants(Condition condition) {
		return dsl
			.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.PASSWORD_HASH, APP_USER.ENABLED, USER_ROLE.ROLE,
					USER_ROLE.SCOPE)
			.from(APP_USER)
			.leftJoin(USER_ROLE).on(USER_ROLE.USER_ID.eq(APP_USER.ID))
			.where(condition);
	}

	/** A user's rows, one per grant, folded into the user. */
	private static Optional<StoredUser> folded(Result<Record> rows) {
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		var first = rows.get(0);
		List<Grant> grants = rows.stream()
			.filter(r -> r.get(USER_ROLE.ROLE) != null)
			.map(r -> new Grant(Role.valueOf(r.get(USER_ROLE.ROLE)), r.get(USER_ROLE.SCOPE)))
			.toList();
		return Optional.of(new StoredUser(first.get(APP_USER.ID), first.get(APP_USER.USERNAME),
				first.get(APP_USER.PASSWORD_HASH), first.get(APP_USER.ENABLED), grants));
	}

	/** Every user, by name. */
	public List<StoredUser> all() {
		return dsl.selectFrom(APP_USER)
			.orderBy(APP_USER.USERNAME)
			.fetch(u -> new StoredUser(u.getId(), u.getUsername(), u.getPasswordHash(), u.getEnabled(), grants(u.getId())));
	}

	public java.time.OffsetDateTime createdAt(long userId) {
		return dsl.select(APP_USER.CREATED_AT).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle(APP_USER.CREATED_AT);
	}

	public void setEnabled(long userId, boolean enabled) {
		dsl.update(APP_USER).set(APP_USER.ENABLED, enabled).where(APP_USER.ID.eq(userId)).execute();
	}

	/** The user of an API token not revoked, with their grants, in one query. */
	public Optional<StoredUser> findByTokenHash(String tokenHash) {
		return folded(byTokenHash.fetch(dsl, "tokenHash", tokenHash));
	}

	private List<Grant> grants(long userId) {
		return dsl.selectFrom(USER_ROLE)
			.where(USER_ROLE.USER_ID.eq(userId))
			.fetch(r -> new Grant(Role.valueOf(r.getRole()), r.getScope()));
	}

}
