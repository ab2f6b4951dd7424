package vn.registry.locality;

import java.time.LocalDate;

/**
 * An administrative unit offered to a clerk: its id and a label that places it ("Phường Ba Đình,
 * Thành phố Hà Nội"; "Phường Ba Đình, Thành phố Thanh Hóa, Tỉnh Thanh Hóa (đến 30/06/2025)").
 */
public record UnitOption(long id, String label, LocalDate validTo) {
}
