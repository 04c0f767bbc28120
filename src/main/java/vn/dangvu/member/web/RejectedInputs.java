package vn.dangvu.member.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.validation.BindingResult;

import vn.dangvu.member.FieldProblem;

/**
 * The domain's refusals as errors of a form: next to the input they concern, else at the top of the form; each with its
 * rule id, so that the officer can look the rule up in DOMAIN.md.
 */
final class RejectedInputs {

	private RejectedInputs() {
	}

	static void bind(List<FieldProblem> problems, BindingResult result, Function<String, String> inputOf) {
		for (FieldProblem problem : problems) {
			String input = inputOf.apply(problem.field());
			if (input != null) {
				result.rejectValue(input, "rejected", problem.describe());
			}
			else {
				result.reject("rejected", problem.describe());
			}
		}
	}

}
