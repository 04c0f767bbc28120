package vn.dangvu.member;

import java.util.List;
import java.util.stream.Collectors;

/** A change to a member's file or ledger that the rules refuse; nothing was written. */
public class MemberRejectedException extends RuntimeException {

	private final List<FieldProblem> problems;

	private MemberRejectedException(List<FieldProblem> problems) {
		super(problems.stream().map(FieldProblem::describe).collect(Collectors.joining(" ")));
		this.problems = List.copyOf(problems);
	}

	public static MemberRejectedException because(List<FieldProblem> problems) {
		return new MemberRejectedException(problems);
	}

	public static MemberRejectedException because(FieldProblem problem) {
		return new MemberRejectedException(List.of(problem));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
