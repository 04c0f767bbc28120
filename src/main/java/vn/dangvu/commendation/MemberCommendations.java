package vn.dangvu.commendation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.dangvu.member.MemberPageLine;
import vn.dangvu.member.MemberPageSection;

/** A member's commendations on the member's page, newest first (the member module does not know this module). */
@Component
class MemberCommendations implements MemberPageSection {

	private final CommendationRegister register;

	MemberCommendations(CommendationRegister register) {
		this.register = register;
	}

	@Override
	public String headingKey() {
		return "member.commendations";
	}

	@Override
	public String emptyKey() {
		return "member.commendations.none";
	}

	@Override
	public List<MemberPageLine> lines(String memberNo) {
		return register.ofMember(memberNo)
			.stream()
			.map(r -> new MemberPageLine(r.decisionDate(), r.form().messageKey(),
					r.decisionNo() + " — " + r.issuer() + (r.achievementYear() == null ? "" : " (" + r.achievementYear() + ")"),
					"/commendations/" + r.commendationId()))
			.toList();
	}

}
