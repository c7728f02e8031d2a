package org.onthaal.host.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasOrderedComponents;

/**
 * Puts components into a container in the order asked, touching only what moved: a
 * component already in its place is left alone, one out of place is moved (it may come
 * from another container), and what is not asked for goes. A board that gets a new family
 * on top sends the tablet one insertion, not the whole list again.
 */
final class InPlace {

	private InPlace() {
	}

	static void arrange(HasOrderedComponents container, List<? extends Component> inOrder) {
		for (int i = 0; i < inOrder.size(); i++) {
			Component wanted = inOrder.get(i);
			if (i >= container.getComponentCount() || container.getComponentAt(i) != wanted) {
				container.addComponentAtIndex(i, wanted);
			}
		}
		while (container.getComponentCount() > inOrder.size()) {
			container.remove(container.getComponentAt(inOrder.size()));
		}
	}

}
