-- The five seed committees and the national committee, from the five source articles shipped in
-- src/main/resources/sources/. Only what the articles say: an unknown number, date or name is NULL
-- (shown as "chưa rõ"). Typing slips in the articles are corrected. Explicit ids keep the seed
-- committees' addresses stable (/committees/1 … /committees/6).

INSERT INTO source (id, title, publisher, author, url, published, seed_file) VALUES
 (1, 'Ban Chỉ đạo về chuyển đổi số huyện M’Drắk phiên họp lần thứ nhất', NULL, 'Duy Tiến', NULL,
     '18:45, 18/11/2022', '000_dae2d9f29c8e1e17.txt'),
 (2, 'Thành lập Ban Chỉ đạo chuyển đổi số tỉnh Quảng Trị', NULL, NULL, NULL,
     '10:41, Thứ Bảy, 18-12-2021', '001_0f36138f2b4dcaca.txt'),
 (3, NULL, 'Thanhhoa.dcs.vn', NULL, NULL, NULL, '002_d207213e46d453da.txt'),
 (4, 'Họp Ban Chỉ đạo Chuyển đổi số tỉnh Bến Tre lần thứ nhất', 'BDK.VN', 'C. Trúc', NULL,
     '04/03/2021 - 10:33', '003_791392d79feba516.txt'),
 (5, 'Bình Định bổ sung nhiệm vụ cho Ban chỉ đạo xây dựng Chính quyền điện tử tỉnh', 'VietnamNet', 'M.T',
     'https://vietnamnet.vn/vn/cong-nghe/binh-dinh-bo-sung-nhiem-vu-cho-ban-chi-dao-xay-dung-chinh-quyen-dien-tu-tinh-716874.html',
     NULL, '004_d6be078450fba5f4.txt');

-- Committees -------------------------------------------------------------------------------------

INSERT INTO committee (id, name, unit_id, parent_id, standing_agency, functions, working_rules, seals,
                       part_time_work, funding, meeting_cadence, declared_member_count,
                       unlisted_member_count, unlisted_member_note) VALUES
 (1, 'Ủy ban Quốc gia về Chuyển đổi số',
     (SELECT id FROM administrative_unit WHERE code = 'VN'), NULL, NULL,
     'Theo Quyết định 701 ngày 26/5/2020 của Thủ tướng Chính phủ, chức năng, nhiệm vụ của Ủy ban được mở rộng để chỉ đạo thêm các nội dung về chuyển đổi số, kinh tế số và đô thị thông minh.',
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
 (2, 'Ban Chỉ đạo về chuyển đổi số huyện M’Drắk',
     (SELECT id FROM administrative_unit WHERE code = '652'), NULL, NULL,
     'Nghiên cứu, tham mưu UBND huyện, Chủ tịch UBND huyện chỉ đạo, thực hiện các chủ trương, chiến lược, cơ chế, chính sách, tạo môi trường pháp lý thúc đẩy tiến trình chuyển đổi số, gắn kết với cải cách hành chính; xây dựng, phát triển chính quyền điện tử, chính quyền số, kinh tế số, xã hội số, đô thị thông minh và an toàn thông tin; tạo thuận lợi cho việc triển khai các nhiệm vụ về cách mạng công nghiệp lần thứ tư tại tỉnh Đắk Lắk nói chung và huyện M’Drắk nói riêng.',
     'Ban Chỉ đạo hoạt động theo Quy chế hoạt động được thông qua tại phiên họp thứ nhất ngày 18/11/2022.',
     NULL, NULL, NULL, NULL, 32, NULL, NULL),
 (3, 'Ban Chỉ đạo chuyển đổi số tỉnh Quảng Trị',
     (SELECT id FROM administrative_unit WHERE code = '45'), 1, NULL, NULL,
     NULL, NULL, NULL, NULL, NULL, NULL, 17, 'Lãnh đạo các sở, ngành cấp tỉnh (danh sách không được nêu)'),
 (4, 'Ban Chỉ đạo chuyển đổi số tỉnh Thanh Hóa',
     (SELECT id FROM administrative_unit WHERE code = '38'), 1, 'Sở Thông tin và Truyền thông', NULL,
     'Các thành viên Ban Chỉ đạo làm việc theo Quy chế hoạt động của Ban Chỉ đạo.',
     'Trưởng Ban, Phó Trưởng Ban thường trực sử dụng con dấu của UBND tỉnh, các thành viên khác sử dụng con dấu của cơ quan mình.',
     'Các thành viên của Ban Chỉ đạo và Tổ công tác làm việc theo cơ chế kiêm nhiệm và được hưởng các chế độ theo quy định hiện hành.',
     'Kinh phí hoạt động của Ban Chỉ đạo và Tổ công tác được bố trí trong dự toán ngân sách hàng năm của Sở Thông tin và Truyền thông và các nguồn kinh phí hợp pháp khác.',
     NULL, 13, NULL, NULL),
 (5, 'Ban Chỉ đạo Chuyển đổi số tỉnh Bến Tre',
     (SELECT id FROM administrative_unit WHERE code = '83'), 1, NULL, NULL,
     'Theo quy chế hoạt động, vào thứ Hai đầu mỗi tháng, Sở Thông tin và Truyền thông có báo cáo kết quả làm việc trong tháng.',
     NULL, NULL, NULL,
     'Họp hàng quý, có thông tin hàng tháng.', NULL, NULL, NULL),
 (6, 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Bình Định',
     (SELECT id FROM administrative_unit WHERE code = '52'), 1, NULL,
     'Được bổ sung các nhiệm vụ chỉ đạo về chuyển đổi số, kinh tế số và đô thị thông minh.',
     NULL, NULL, NULL, NULL, NULL, 19, NULL, NULL);

INSERT INTO committee_source (committee_id, source_id) VALUES
 (1, 3), (1, 5), (2, 1), (3, 2), (4, 3), (5, 4), (6, 5);

-- Meetings ---------------------------------------------------------------------------------------

INSERT INTO meeting (id, committee_id, held_on, title, chaired_by, summary, source_id) VALUES
 (1, 2, DATE '2022-11-18', 'Phiên họp lần thứ nhất',
     'Lê Văn Thao, Phó Chủ tịch UBND huyện M’Drắk',
     'Thông qua Quyết định thành lập Ban Chỉ đạo, Quyết định ban hành Quy chế hoạt động của Ban Chỉ đạo, Dự thảo Thông báo phân công nhiệm vụ từng thành viên của Ban Chỉ đạo và Tổ giúp việc.',
     1),
 (2, 5, DATE '2021-03-03', 'Phiên họp lần thứ nhất',
     'Phan Văn Mãi, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo; Trần Ngọc Tam, Chủ tịch UBND tỉnh, Phó Trưởng Ban Chỉ đạo',
     'Cho ý kiến về quy chế hoạt động, phân công thành viên, định hướng một số nội dung lớn trong tổ chức hoạt động của Ban Chỉ đạo; Sở Thông tin và Truyền thông báo cáo kết quả thực hiện Nghị quyết 01 về chuyển đổi số tỉnh Bến Tre.',
     4);

-- Decisions --------------------------------------------------------------------------------------

INSERT INTO decision (id, committee_id, type, number_symbol, stated_number, signed_on, signed_year_inferred,
                      adopted_at_meeting_id, issuer, signer, summary, source_id) VALUES
 (1, 1, 'CONSOLIDATE', NULL, '701', DATE '2020-05-26', false, NULL, 'Thủ tướng Chính phủ', NULL,
     'Kiện toàn Ủy ban Quốc gia về Chính phủ điện tử; mở rộng chức năng, nhiệm vụ để chỉ đạo thêm các nội dung về chuyển đổi số, kinh tế số và đô thị thông minh', 5),
 (2, 2, 'ESTABLISH', NULL, NULL, NULL, false, 1, NULL, NULL,
     'Thành lập Ban Chỉ đạo về chuyển đổi số huyện M’Drắk', 1),
 (3, 2, 'ADOPT_RULES', NULL, NULL, NULL, false, 1, NULL, NULL,
     'Ban hành Quy chế hoạt động của Ban Chỉ đạo về chuyển đổi số huyện M’Drắk', 1),
 (4, 3, 'ESTABLISH', '4268/QĐ-UBND', NULL, DATE '2021-12-16', false, NULL, 'UBND tỉnh Quảng Trị', NULL,
     'Thành lập Ban Chỉ đạo chuyển đổi số tỉnh Quảng Trị', 2),
 (5, 4, 'CONSOLIDATE', '4347/QĐ-UBND', NULL, NULL, false, NULL, 'UBND tỉnh Thanh Hóa', NULL,
     'Về việc kiện toàn và đổi tên Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa thành Ban Chỉ đạo chuyển đổi số tỉnh Thanh Hóa', 3),
 (6, 6, 'CONSOLIDATE', NULL, NULL, DATE '2021-03-01', true, NULL, 'UBND tỉnh Bình Định', NULL,
     'Kiện toàn Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Bình Định; bổ sung nhiệm vụ chỉ đạo về chuyển đổi số, kinh tế số và đô thị thông minh', 5);

INSERT INTO committee_former_name (committee_id, name, replaced_by_decision_id) VALUES
 (1, 'Ủy ban Quốc gia về Chính phủ điện tử', NULL),
 (4, 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa', 5);

INSERT INTO related_document (committee_id, kind, number_symbol, title, issuer, signed_on, source_id) VALUES
 (3, 'Nghị quyết', '02-NQ/TU', 'Về chuyển đổi số tỉnh Quảng Trị đến năm 2025, định hướng đến năm 2030',
     'Tỉnh ủy Quảng Trị', DATE '2021-11-04', 2),
 (5, 'Nghị quyết', NULL, 'Nghị quyết 01 về chuyển đổi số tỉnh Bến Tre giai đoạn 2020 - 2025, tầm nhìn đến 2030',
     NULL, NULL, 4);

-- Functions and tasks ----------------------------------------------------------------------------

INSERT INTO committee_task (committee_id, position, text) VALUES
 (2, 1, 'Tham mưu UBND huyện về phương hướng, giải pháp để giải quyết những vấn đề trong thực hiện các chủ trương, chiến lược, cơ chế, chính sách thúc đẩy tiến trình chuyển đổi số, gắn kết với cải cách hành chính; xây dựng, phát triển chính quyền điện tử, chính quyền số, kinh tế số, xã hội số và đô thị thông minh.'),
 (2, 2, 'Giúp UBND huyện, Chủ tịch UBND huyện đôn đốc, kiểm tra việc thực hiện các chiến lược, chương trình, cơ chế, chính sách, đề án, dự án, giải pháp có tính chất liên ngành về chuyển đổi số, xây dựng, phát triển chính quyền điện tử, chính quyền số, kinh tế số, xã hội số, đô thị thông minh và an toàn thông tin; đồng thời, đôn đốc việc triển khai Chương trình chuyển đổi số trên địa bàn huyện…'),
 (3, 1, 'Nghiên cứu, đề xuất với UBND tỉnh, Chủ tịch UBND tỉnh về chủ trương, chiến lược, cơ chế, chính sách tạo môi trường pháp lý thúc đẩy xây dựng, phát triển Chuyển đổi số, gắn kết chặt chẽ với cải cách hành chính; xây dựng, phát triển Chính quyền điện tử, Chính quyền số, kinh tế số, xã hội số và đô thị thông minh; tạo thuận lợi cho việc triển khai các nhiệm vụ Chiến lược quốc gia về Cách mạng công nghiệp lần thứ tư trên địa bàn tỉnh Quảng Trị.'),
 (3, 2, 'Cho ý kiến về các chiến lược, chương trình, cơ chế, chính sách, đề án, dự án liên quan đến chuyển đổi số, xây dựng, phát triển Chính quyền số, kinh tế số, xã hội số và đô thị thông minh thuộc thẩm quyền quyết định của UBND, Chủ tịch UBND tỉnh.'),
 (3, 3, 'Giúp UBND tỉnh, Chủ tịch UBND tỉnh chỉ đạo các sở, ban, ngành, địa phương, cơ sở thực hiện các mục tiêu, nhiệm vụ và giải pháp chuyển đổi số, xây dựng, phát triển Chính quyền điện tử hướng tới Chính quyền số, kinh tế số, xã hội số và đô thị thông minh; điều phối việc thực hiện các chiến lược, chương trình, cơ chế, chính sách, đề án, dự án, giải pháp liên quan có tính chất liên ngành về chuyển đổi số, xây dựng, phát triển Chính quyền điện tử, Chính quyền số, kinh tế số, xã hội số và đô thị thông minh; điều phối chung việc triển khai thực hiện Nghị quyết số 02-NQ/TU, ngày 04/11/2021 của Tỉnh ủy Quảng Trị về chuyển đổi số tỉnh Quảng Trị đến năm 2025 định hướng đến năm 2030; theo dõi, điều phối thực hiện các nội dung liên quan của Chiến lược quốc gia về Cách mạng công nghiệp lần thứ tư đến năm 2030 trên địa bàn tỉnh Quảng Trị.'),
 (3, 4, 'Giúp UBND tỉnh, Chủ tịch UBND tỉnh đôn đốc, kiểm tra việc thực hiện các chiến lược, chương trình, cơ chế, chính sách, đề án, dự án, giải pháp có tính chất liên ngành về chuyển đổi số, xây dựng, phát triển Chính quyền điện tử, Chính quyền số, kinh tế số, xã hội số và đô thị thông minh; đôn đốc việc triển khai Chương trình Chuyển đổi số của tỉnh và của quốc gia trên địa bàn tỉnh.'),
 (3, 5, 'Sơ kết, đánh giá tình hình, kết quả triển khai các nhiệm vụ, giải pháp trọng tâm xây dựng Chính quyền điện tử, phát triển Chính quyền số, kinh tế số, xã hội số và đô thị thông minh và thực hiện các nhiệm vụ khác theo yêu cầu của UBND tỉnh.'),
 (4, 1, 'Nghiên cứu, đề xuất với UBND tỉnh, Chủ tịch UBND tỉnh về chủ trương, chiến lược, cơ chế, chính sách tạo môi trường pháp lý thúc đẩy chuyển đổi số, gắn kết chặt chẽ với cải cách hành chính, cải thiện môi trường đầu tư kinh doanh; chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư trên địa bàn tỉnh.'),
 (4, 2, 'Giúp UBND tỉnh, Chủ tịch UBND tỉnh:
- Chỉ đạo các sở, ban, ngành và UBND các huyện, thị xã, thành phố thực hiện các mục tiêu, nhiệm vụ, giải pháp chuyển đổi số, xây dựng, phát triển Chính quyền điện tử hướng tới Chính quyền số, kinh tế số, xã hội số và đô thị thông minh.
- Điều phối, đôn đốc, kiểm tra việc thực hiện các chương trình, dự án quan trọng có tính chất liên ngành về chuyển đổi số, xây dựng, phát triển Chính quyền điện tử, Chính quyền số, kinh tế số, xã hội số và đô thị thông minh.
- Sơ kết, đánh giá tình hình, kết quả triển khai các nhiệm vụ, giải pháp trọng tâm về chuyển đổi số; xây dựng, phát triển Chính quyền điện tử, Chính quyền số, kinh tế số, xã hội số và đô thị thông minh.'),
 (4, 3, 'Đảm nhiệm chức năng Ban Chỉ đạo ứng cứu khẩn cấp sự cố an toàn thông tin mạng trên địa bàn tỉnh.'),
 (4, 4, 'Thực hiện các nhiệm vụ khác theo yêu cầu của UBND tỉnh, Chủ tịch UBND tỉnh giao.'),
 (4, 5, 'Làm đầu mối liên hệ với Ủy ban Quốc gia về Chuyển đổi số.'),
 (6, 1, 'Tham mưu cho UBND tỉnh các giải pháp nhằm thúc đẩy phát triển Chính quyền điện tử hướng tới Chính phủ số, chuyển đổi số, kinh tế số và đô thị thông minh.'),
 (6, 2, 'Giúp UBND tỉnh chỉ đạo các sở, ngành, địa phương thực hiện những mục tiêu, nhiệm vụ và giải pháp xây dựng, phát triển Chính quyền điện tử hướng tới Chính phủ số, chuyển đổi số, kinh tế số và đô thị thông minh.'),
 (6, 3, 'Giúp UBND tỉnh điều phối, đôn đốc, kiểm tra việc thực hiện các kế hoạch, chương trình, đề án, dự án, giải pháp có tính chất liên ngành về xây dựng, phát triển Chính quyền điện tử, Chính quyền số, chuyển đổi số, kinh tế số và đô thị thông minh.'),
 (6, 4, 'Tham gia ý kiến đối với các chương trình, kế hoạch, đề án, dự án liên quan đến xây dựng, phát triển Chính quyền điện tử hướng tới Chính quyền số và đô thị thông minh thuộc thẩm quyền quyết định của Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh.'),
 (6, 5, 'Kiểm tra, đôn đốc, sơ kết, đánh giá tình hình, kết quả triển khai các nhiệm vụ, giải pháp trọng tâm xây dựng, phát triển Chính quyền điện tử hướng tới Chính quyền số, chuyển đổi số, kinh tế số và đô thị thông minh…');

-- Working groups ---------------------------------------------------------------------------------

INSERT INTO working_group (id, committee_id, name, host_agency, declared_member_count, tasks,
                           establishing_decision_id, source_id) VALUES
 (1, 2, 'Tổ giúp việc Ban Chỉ đạo về chuyển đổi số huyện M’Drắk', NULL, 35, NULL, NULL, 1),
 (2, 4, 'Tổ công tác giúp việc Ban Chỉ đạo chuyển đổi số tỉnh Thanh Hóa', 'Sở Thông tin và Truyền thông', NULL,
     'Giúp việc cho Ban Chỉ đạo; trong trường hợp cần thiết, mời thêm các chuyên gia tư vấn trong và ngoài tỉnh để thực hiện nhiệm vụ được giao. Cơ quan Thường trực Ban Chỉ đạo trình Trưởng Ban Chỉ đạo phê duyệt danh sách thành viên Tổ công tác, lãnh đạo Tổ công tác, Kế hoạch hoạt động và Quy chế hoạt động của Tổ công tác.',
     5, 3);

-- Seats ------------------------------------------------------------------------------------------

INSERT INTO seat (committee_id, working_group_id, role_id, full_name, position, agency, sort_order,
                  appointed_by_decision_id, source_id)
SELECT v.committee_id, v.working_group_id, r.id, v.full_name, v.position, v.agency, v.sort_order,
       v.decision_id, v.source_id
FROM (VALUES
 -- M’Drắk (32 declared; the article names only the head)
 (2, NULL::bigint, 'TRUONG_BAN', 'Phạm Ngọc Thạch', 'Phó Bí thư Huyện ủy, Chủ tịch UBND huyện', 'UBND huyện M’Drắk', 1, 2::bigint, 1::bigint),
 (2, 1, 'TO_TRUONG', 'Nguyễn Tiến Ninh', 'Trưởng phòng Văn hóa và Thông tin huyện', 'Phòng Văn hóa và Thông tin huyện M’Drắk', 1, NULL, 1),
 -- Quảng Trị (posts only; 17 further members are not listed)
 (3, NULL, 'TRUONG_BAN', NULL, 'Chủ tịch UBND tỉnh', 'UBND tỉnh Quảng Trị', 1, 4, 2),
 (3, NULL, 'PHO_TRUONG_BAN_THUONG_TRUC', NULL, 'Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực văn xã', 'UBND tỉnh Quảng Trị', 2, 4, 2),
 (3, NULL, 'PHO_TRUONG_BAN', NULL, 'Giám đốc Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông', 3, 4, 2),
 -- Thanh Hóa (13 declared; the article lists 16 seats)
 (4, NULL, 'TRUONG_BAN', 'Đỗ Minh Tuấn', 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh', 'UBND tỉnh Thanh Hóa', 1, 5, 3),
 (4, NULL, 'PHO_TRUONG_BAN', 'Mai Xuân Liêm', 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh', 'UBND tỉnh Thanh Hóa', 2, 5, 3),
 (4, NULL, 'PHO_TRUONG_BAN', 'Đỗ Hữu Quyết', 'Giám đốc Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông', 3, 5, 3),
 (4, NULL, 'UY_VIEN', NULL, 'Đại diện lãnh đạo Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ', 4, 5, 3),
 (4, NULL, 'UY_VIEN', NULL, 'Đại diện lãnh đạo Sở Tài chính', 'Sở Tài chính', 5, 5, 3),
 (4, NULL, 'UY_VIEN', NULL, 'Đại diện lãnh đạo Sở Kế hoạch và Đầu tư', 'Sở Kế hoạch và Đầu tư', 6, 5, 3),
 (4, NULL, 'UY_VIEN', NULL, 'Đại diện lãnh đạo Sở Tài nguyên và Môi trường', 'Sở Tài nguyên và Môi trường', 7, 5, 3),
 (4, NULL, 'UY_VIEN', NULL, 'Đại diện lãnh đạo Sở Nội vụ', 'Sở Nội vụ', 8, 5, 3),
 (4, NULL, 'UY_VIEN', NULL, 'Đại diện lãnh đạo Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo', 9, 5, 3),
 (4, NULL, 'UY_VIEN', NULL, 'Đại diện lãnh đạo Sở Y tế', 'Sở Y tế', 10, 5, 3),
 (4, NULL, 'UY_VIEN', NULL, 'Đại diện lãnh đạo Sở Công Thương', 'Sở Công Thương', 11, 5, 3),
 (4, NULL, 'UY_VIEN', NULL, 'Đại diện lãnh đạo Sở Xây dựng', 'Sở Xây dựng', 12, 5, 3),
 (4, NULL, 'UY_VIEN', NULL, 'Đại diện lãnh đạo Sở Nông nghiệp và Phát triển nông thôn', 'Sở Nông nghiệp và Phát triển nông thôn', 13, 5, 3),
 (4, NULL, 'UY_VIEN', NULL, 'Đại diện lãnh đạo Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông', 14, 5, 3),
 (4, NULL, 'UY_VIEN', NULL, 'Đại diện lãnh đạo Công an tỉnh', 'Công an tỉnh', 15, 5, 3),
 (4, NULL, 'UY_VIEN', NULL, 'Đại diện lãnh đạo Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh', 16, 5, 3),
 -- Thanh Hóa working group
 (4, 2, 'TO_TRUONG', NULL, 'Phó Giám đốc Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông', 1, 5, 3),
 (4, 2, 'TO_PHO', NULL, 'Phó Giám đốc Sở Kế hoạch và Đầu tư', 'Sở Kế hoạch và Đầu tư', 2, 5, 3),
 (4, 2, 'TO_PHO', NULL, 'Phó Giám đốc Sở Công Thương', 'Sở Công Thương', 3, 5, 3),
 (4, 2, 'TO_PHO', NULL, 'Phó Giám đốc Sở Xây dựng', 'Sở Xây dựng', 4, 5, 3),
 (4, 2, 'THANH_VIEN', NULL, 'Đại diện lãnh đạo cấp phòng', 'Công an', 5, 5, 3),
 (4, 2, 'THANH_VIEN', NULL, 'Đại diện lãnh đạo cấp phòng', 'Văn phòng UBND tỉnh', 6, 5, 3),
 (4, 2, 'THANH_VIEN', NULL, 'Đại diện lãnh đạo cấp phòng', 'Sở Khoa học và Công nghệ', 7, 5, 3),
 (4, 2, 'THANH_VIEN', NULL, 'Đại diện lãnh đạo cấp phòng', 'Sở Tài chính', 8, 5, 3),
 (4, 2, 'THANH_VIEN', NULL, 'Đại diện lãnh đạo cấp phòng', 'Sở Kế hoạch và Đầu tư', 9, 5, 3),
 (4, 2, 'THANH_VIEN', NULL, 'Đại diện lãnh đạo cấp phòng', 'Sở Nội vụ', 10, 5, 3),
 (4, 2, 'THANH_VIEN', NULL, 'Đại diện lãnh đạo cấp phòng', 'Sở Giáo dục và Đào tạo', 11, 5, 3),
 (4, 2, 'THANH_VIEN', NULL, 'Đại diện lãnh đạo cấp phòng', 'Sở Y tế', 12, 5, 3),
 (4, 2, 'THANH_VIEN', NULL, 'Đại diện lãnh đạo cấp phòng', 'Sở Công Thương', 13, 5, 3),
 (4, 2, 'THANH_VIEN', NULL, 'Đại diện lãnh đạo cấp phòng', 'Sở Xây dựng', 14, 5, 3),
 (4, 2, 'THANH_VIEN', NULL, 'Đại diện lãnh đạo cấp phòng', 'Sở Nông nghiệp và Phát triển nông thôn', 15, 5, 3),
 (4, 2, 'THANH_VIEN', NULL, 'Đại diện lãnh đạo cấp phòng', 'Sở Thông tin và Truyền thông', 16, 5, 3),
 (4, 2, 'THANH_VIEN', NULL, 'Đại diện lãnh đạo cấp phòng', 'Sở Tài nguyên và Môi trường', 17, 5, 3),
 (4, 2, 'THANH_VIEN', NULL, 'Lãnh đạo và chuyên gia', 'Viễn thông Thanh Hóa', 18, 5, 3),
 (4, 2, 'THANH_VIEN', NULL, 'Lãnh đạo và chuyên gia', 'Viettel Thanh Hóa', 19, 5, 3),
 (4, 2, 'THANH_VIEN', NULL, 'Lãnh đạo và chuyên gia', 'Bưu điện tỉnh Thanh Hóa', 20, 5, 3),
 -- Bến Tre (establishing decision not stated)
 (5, NULL, 'TRUONG_BAN', 'Phan Văn Mãi', 'Bí thư Tỉnh ủy', 'Tỉnh ủy Bến Tre', 1, NULL, 4),
 (5, NULL, 'PHO_TRUONG_BAN', 'Trần Ngọc Tam', 'Chủ tịch UBND tỉnh', 'UBND tỉnh Bến Tre', 2, NULL, 4),
 -- Bình Định (19 declared, all listed by post)
 (6, NULL, 'TRUONG_BAN', NULL, 'Chủ tịch UBND tỉnh', 'UBND tỉnh Bình Định', 1, 6, 5),
 (6, NULL, 'PHO_TRUONG_BAN_THUONG_TRUC', NULL, 'Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực CNTT', 'UBND tỉnh Bình Định', 2, 6, 5),
 (6, NULL, 'PHO_TRUONG_BAN', NULL, 'Giám đốc Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông', 3, 6, 5),
 (6, NULL, 'UY_VIEN', NULL, 'Giám đốc Công an tỉnh', 'Công an tỉnh', 4, 6, 5),
 (6, NULL, 'UY_VIEN', NULL, 'Chánh Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh', 5, 6, 5),
 (6, NULL, 'UY_VIEN', NULL, 'Giám đốc Sở Nội vụ', 'Sở Nội vụ', 6, 6, 5),
 (6, NULL, 'UY_VIEN', NULL, 'Giám đốc Sở Công Thương', 'Sở Công Thương', 7, 6, 5),
 (6, NULL, 'UY_VIEN', NULL, 'Giám đốc Sở Xây dựng', 'Sở Xây dựng', 8, 6, 5),
 (6, NULL, 'UY_VIEN', NULL, 'Giám đốc Sở Tài chính', 'Sở Tài chính', 9, 6, 5),
 (6, NULL, 'UY_VIEN', NULL, 'Giám đốc Sở Kế hoạch và Đầu tư', 'Sở Kế hoạch và Đầu tư', 10, 6, 5),
 (6, NULL, 'UY_VIEN', NULL, 'Giám đốc Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo', 11, 6, 5),
 (6, NULL, 'UY_VIEN', NULL, 'Giám đốc Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ', 12, 6, 5),
 (6, NULL, 'UY_VIEN', NULL, 'Giám đốc Sở Tài nguyên và Môi trường', 'Sở Tài nguyên và Môi trường', 13, 6, 5),
 (6, NULL, 'UY_VIEN', NULL, 'Phó Chánh Văn phòng UBND tỉnh phụ trách lĩnh vực CNTT', 'Văn phòng UBND tỉnh', 14, 6, 5),
 (6, NULL, 'UY_VIEN', NULL, 'Phó Giám đốc Sở Thông tin và Truyền thông phụ trách lĩnh vực CNTT', 'Sở Thông tin và Truyền thông', 15, 6, 5),
 (6, NULL, 'UY_VIEN', NULL, 'Giám đốc Bưu điện tỉnh', 'Bưu điện tỉnh Bình Định', 16, 6, 5),
 (6, NULL, 'UY_VIEN', NULL, 'Giám đốc VNPT Bình Định', 'VNPT Bình Định', 17, 6, 5),
 (6, NULL, 'UY_VIEN', NULL, 'Giám đốc Viettel Bình Định', 'Viettel Bình Định', 18, 6, 5),
 (6, NULL, 'UY_VIEN', NULL, 'Giám đốc FPT Telecom Bình Định', 'FPT Telecom Bình Định', 19, 6, 5)
) AS v (committee_id, working_group_id, role_code, full_name, position, agency, sort_order, decision_id, source_id)
JOIN role r ON r.code = v.role_code;

-- Identity columns continue after the explicit ids above.
DO $$
BEGIN
    PERFORM setval(pg_get_serial_sequence('source', 'id'), (SELECT max(id) FROM source));
    PERFORM setval(pg_get_serial_sequence('committee', 'id'), (SELECT max(id) FROM committee));
    PERFORM setval(pg_get_serial_sequence('meeting', 'id'), (SELECT max(id) FROM meeting));
    PERFORM setval(pg_get_serial_sequence('decision', 'id'), (SELECT max(id) FROM decision));
    PERFORM setval(pg_get_serial_sequence('working_group', 'id'), (SELECT max(id) FROM working_group));
END $$;
