package org.onthaal.staff;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff lookups for other features (who decided, which language a screen speaks). */
@Service
public class StaffDirectory {

	private final StaffRepository staff;

	StaffDirectory(StaffRepository staff) {
		this.staff = staff;
	}

	@RolesAllowed({ Role.HOST_NAME, Role.MANAGER_NAME })
	@Transactional(readOnly = true)
	public Optional<StaffAccount> find(String username) {
		return staff.findByUsername(username);
	}

}
