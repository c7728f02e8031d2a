package org.onthaal.staff;

import org.onthaal.base.security.StaffRoles;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Notes when each staff user last signed in, for the staff screen; after a second step,
 * {@link SecondStep} notes it.
 */
@Component
class SignInRecorder {

	private final StaffAccounts staff;

	SignInRecorder(StaffAccounts staff) {
		this.staff = staff;
	}

	/** A password alone is no sign-in for someone who still owes the second step. */
	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		boolean secondStepOwed = event.getAuthentication()
			.getAuthorities()
			.stream()
			.anyMatch(authority -> ("ROLE_" + StaffRoles.SECOND_STEP).equals(authority.getAuthority()));
		if (!secondStepOwed) {
			staff.recordSignIn(event.getAuthentication().getName());
		}
	}

}
