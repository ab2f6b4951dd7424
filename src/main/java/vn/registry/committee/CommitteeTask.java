package vn.registry.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.registry.model.BaseEntity;

/** One numbered task of a committee. */
@Entity
@Table(name = "committee_task")
public class CommitteeTask extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "committee_id", nullable = false, updatable = false)
	private Committee committee;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String text;

	protected CommitteeTask() {
	}

	CommitteeTask(Committee committee, int position, String text) {
		this.committee = committee;
		this.position = position;
		this.text = text;
	}

	void rewrite(String text) {
		this.text = text;
	}

	public int getPosition() {
		return position;
	}

	public String getText() {
		return text;
	}

}
