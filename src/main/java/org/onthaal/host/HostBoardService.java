package org.onthaal.host;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class HostBoardService {

	private final PresenceRepository presence;

	HostBoardService(PresenceRepository presence) {
		this.presence = presence;
	}

	public List<PresentFamily> presentFamilies(long locationId) {
		return presence.presentAt(locationId);
	}

}
