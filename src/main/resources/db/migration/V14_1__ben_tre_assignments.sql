-- What Bến Tre's first meeting (03/03/2021, meeting 2, committee 5) assigned, in the article's own
-- words (source 4, sources/003_791392d79feba516.txt). Only sentences that name who is to act are
-- tasks; the article says nothing of their progress, so their status stays unreported (NULL).
-- "Trong tuần này" was said on Wednesday 03/03/2021: the week ends on Sunday 07/03/2021 (inferred).
INSERT INTO assigned_task (committee_id, meeting_id, position, text, lead_agency, deadline_text, deadline_on,
                           deadline_inferred, recurrence, source_id) VALUES
 (5, 2, 1, 'Tiếp tục nghiên cứu các văn bản để gửi lại Thường trực Ban chỉ đạo trong tuần này.',
     'Các thành viên Ban chỉ đạo, các ngành, các địa phương', 'trong tuần này', DATE '2021-03-07', true, NULL, 4),
 (5, 2, 2, 'Tiếp thu ý kiến đóng góp tại cuộc họp để hoàn thiện văn bản, có phân công trách nhiệm từng thành viên một cách cụ thể.',
     'Sở Thông tin và Truyền thông', NULL, NULL, false, NULL, 4),
 (5, 2, 3, 'Ban chỉ đạo sẽ họp hàng quý nhưng có thông tin hàng tháng.',
     'Ban chỉ đạo', 'hàng quý', NULL, false, 'QUARTERLY', 4),
 (5, 2, 4, 'Theo quy chế hoạt động, vào thứ 2 đầu mỗi tháng, Sở Thông tin và Truyền thông có báo cáo kết quả làm việc trong tháng.',
     'Sở Thông tin và Truyền thông', 'vào thứ 2 đầu mỗi tháng', NULL, false, 'MONTHLY_FIRST_MONDAY', 4),
 (5, 2, 5, 'Căn cứ nhiệm vụ, đề án xây dựng kế hoạch nhiệm vụ cho ngành và địa phương mình.',
     'Tất cả các ngành, các địa phương', NULL, NULL, false, NULL, 4),
 (5, 2, 6, 'Có hình thức hướng dẫn hỗ trợ phù hợp cho các ngành, địa phương thực hiện.',
     'Sở Thông tin và Truyền thông', NULL, NULL, false, NULL, 4),
 (5, 2, 7, 'Xây dựng kế hoạch hỗ trợ chuyển đổi số cho 1.000 doanh nghiệp.',
     'Sở Công Thương', NULL, NULL, false, NULL, 4);
