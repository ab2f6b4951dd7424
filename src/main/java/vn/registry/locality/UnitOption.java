package vn.registry.locality;

/** An administrative unit offered to a clerk: its id and a label that places it ("Huyện M'Đrắk, Tỉnh Đắk Lắk"). */
public record UnitOption(long id, String label) {
}
