-- Roles order a roster: a lower rank comes first.
INSERT INTO role (code, name, name_en, scope, rank) VALUES
    ('TRUONG_BAN',                 'Trưởng ban',                 'Head',                  'COMMITTEE',     10),
    ('PHO_TRUONG_BAN_THUONG_TRUC', 'Phó Trưởng ban Thường trực', 'Standing Deputy Head',  'COMMITTEE',     20),
    ('PHO_TRUONG_BAN',             'Phó Trưởng ban',             'Deputy Head',           'COMMITTEE',     30),
    ('UY_VIEN',                    'Ủy viên',                    'Member',                'COMMITTEE',     40),
    ('TO_TRUONG',                  'Tổ trưởng',                  'Group leader',          'WORKING_GROUP', 10),
    ('TO_PHO',                     'Tổ phó',                     'Deputy group leader',   'WORKING_GROUP', 20),
    ('THANH_VIEN',                 'Thành viên',                 'Group member',          'WORKING_GROUP', 30);
