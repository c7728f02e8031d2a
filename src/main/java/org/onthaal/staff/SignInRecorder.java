package org.onthaal.staff;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Notes when each staff user last signed in, for the staff screen. */
@Component
class SignInRecorder {

	private final StaffAccounts staff;

	SignInRecorder(StaffAccounts staff) {
		this.staff = staff;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		staff.recordSignIn(event.getAuthentication().getName());
	}

}
