//! The phrasings of Vietnamese news that canbo must read right, one table row each.
//! Sentences are written for these tests; names, posts and places are real-looking facts.

use canbo::{Document, Extractor, Record};

/// The records of one text, which the shortcut through the sentences with a move word
/// must give exactly as the whole pipeline does.
fn extract(text: &str, date: Option<&str>) -> Vec<Record> {
    let extractor = Extractor::builder()
        .build()
        .expect("built-in gazetteers load");
    let mut doc = Document::new("t", text);
    doc.date = date.map(str::to_string);
    let records = extractor.extract(&doc);
    assert_eq!(records, extractor.extract_exhaustive(&doc), "{text}");
    records
}

/// (person, from_post, to_post, date)
type Want<'a> = (&'a str, &'a str, &'a str, &'a str);

fn check(name: &str, text: &str, date: Option<&str>, want: &[Want]) {
    let got: Vec<(String, String, String, String)> = extract(text, date)
        .into_iter()
        .map(|r| (r.person, r.from_post, r.to_post, r.date))
        .collect();
    let want: Vec<(String, String, String, String)> = want
        .iter()
        .map(|(p, f, t, d)| (p.to_string(), f.to_string(), t.to_string(), d.to_string()))
        .collect();
    assert_eq!(got, want, "\n{name}: {text}");
}

#[test]
fn moves_with_from_and_to_posts() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "1. từ A được luân chuyển về làm B",
            "Năm 2016, ông Trịnh Văn Bình từ Phó Chánh Văn phòng Huyện ủy Tiên Lữ được luân chuyển về làm Bí thư Đảng ủy xã Thiện Phiến.",
            None,
            &[("Trịnh Văn Bình", "Phó Chánh Văn phòng Huyện ủy Tiên Lữ", "Bí thư Đảng ủy xã Thiện Phiến", "2016")],
        ),
        (
            "2. khi đó là A, được luân chuyển về làm B",
            "Đầu năm 2017, ông Phan Đình Trạc, khi đó là Phó Trưởng ban Nội chính Huyện ủy, được luân chuyển về làm Chủ tịch UBND xã Quỳnh Lâm.",
            None,
            &[("Phan Đình Trạc", "Phó Trưởng ban Nội chính Huyện ủy", "Chủ tịch UBND xã Quỳnh Lâm", "2017")],
        ),
        (
            "3. trước khi luân chuyển về làm B từ ngày là A1, A2",
            "Bà Lò Thị Mai, trước khi luân chuyển về làm Bí thư Đảng ủy xã Chiềng Cơi từ tháng 3 năm 2019 là Thành ủy viên, Phó Chủ tịch Hội Liên hiệp Phụ nữ thành phố.",
            None,
            &[("Lò Thị Mai", "Thành ủy viên; Phó Chủ tịch Hội Liên hiệp Phụ nữ thành phố", "Bí thư Đảng ủy xã Chiềng Cơi", "2019-03")],
        ),
        (
            "4. decision without a subject",
            "Điều động, bổ nhiệm ông Võ Văn Hưng, Phó Giám đốc Sở Xây dựng, giữ chức Giám đốc Sở Giao thông vận tải tỉnh Thừa Thiên Huế kể từ ngày 15/8/2017.",
            None,
            &[("Võ Văn Hưng", "Phó Giám đốc Sở Xây dựng", "Giám đốc Sở Giao thông vận tải tỉnh Thừa Thiên Huế", "2017-08-15")],
        ),
        (
            "5. phê chuẩn kết quả bầu … đối với ông X, A1, A2",
            "Thủ tướng Chính phủ vừa phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Quảng Trị nhiệm kỳ 2016-2021 đối với ông Hà Sỹ Đồng, Tỉnh ủy viên, Giám đốc Sở Kế hoạch và Đầu tư.",
            None,
            &[("Hà Sỹ Đồng", "Tỉnh ủy viên; Giám đốc Sở Kế hoạch và Đầu tư", "Phó Chủ tịch UBND tỉnh Quảng Trị", "")],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn several_people_in_one_sentence() {
    check(
        "6a. ';' between moves",
        "UBND tỉnh quyết định điều động ông Nguyễn Văn Lực, Phó Giám đốc Sở Nội vụ, giữ chức Phó Chánh Văn phòng UBND tỉnh; bà Trần Thị Hoa, Trưởng phòng Tổ chức cán bộ Sở Y tế, giữ chức Phó Giám đốc Sở Y tế.",
        None,
        &[
            ("Nguyễn Văn Lực", "Phó Giám đốc Sở Nội vụ", "Phó Chánh Văn phòng UBND tỉnh", ""),
            ("Trần Thị Hoa", "Trưởng phòng Tổ chức cán bộ Sở Y tế", "Phó Giám đốc Sở Y tế", ""),
        ],
    );
    check(
        "6c. each person of a decision with a post of his own",
        "Hội đồng quản trị đã bầu ông Trịnh Văn Quyết giữ chức Chủ tịch HĐQT và ông Lê Văn Thành giữ chức Phó Chủ tịch HĐQT.",
        None,
        &[
            ("Trịnh Văn Quyết", "", "Chủ tịch HĐQT", ""),
            ("Lê Văn Thành", "", "Phó Chủ tịch HĐQT", ""),
        ],
    );
    check(
        "6b. a list after 'các ông'",
        "Tại kỳ họp, HĐND tỉnh đã bầu các ông Lê Văn Tám, Đỗ Minh Tuấn và Hồ Văn Niên giữ chức Phó Chủ tịch UBND tỉnh.",
        None,
        &[
            ("Lê Văn Tám", "", "Phó Chủ tịch UBND tỉnh", ""),
            ("Đỗ Minh Tuấn", "", "Phó Chủ tịch UBND tỉnh", ""),
            ("Hồ Văn Niên", "", "Phó Chủ tịch UBND tỉnh", ""),
        ],
    );
}

#[test]
fn lists_of_appointees() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "a ';' list of appointees whose last clause opens with 'và'",
            "Văn phòng Tổng thống cho biết nghị sĩ Lee Jae-sung được chỉ định làm Bộ trưởng Tư pháp; nghị sĩ Han Mi-ra làm Bộ trưởng Môi trường; và nghị sĩ Oh Tae-ho làm Bộ trưởng Lao động.",
            None,
            &[
                ("Lee Jae-sung", "nghị sĩ", "Bộ trưởng Tư pháp", ""),
                ("Han Mi-ra", "nghị sĩ", "Bộ trưởng Môi trường", ""),
                ("Oh Tae-ho", "nghị sĩ", "Bộ trưởng Lao động", ""),
            ],
        ),
        (
            "a ';' clause with a move word of its own gives its post only to its own person",
            "Chủ tịch UBND tỉnh đã bổ nhiệm ông Đinh Văn Lộc, nguyên Giám đốc Ban Đầu tư, giữ chức vụ Giám đốc Ban Quản lý dự án; bổ nhiệm bà Mai Thị Hằng, nguyên Phó Giám đốc Ban Đầu tư, giữ chức vụ Phó Giám đốc Ban Quản lý dự án.",
            None,
            &[
                ("Đinh Văn Lộc", "Giám đốc Ban Đầu tư", "Giám đốc Ban Quản lý dự án", ""),
                ("Mai Thị Hằng", "Phó Giám đốc Ban Đầu tư", "Phó Giám đốc Ban Quản lý dự án", ""),
            ],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn posts_in_parentheses() {
    check(
        "7. (A1, A2) thôi giữ chức … đến nhận nhiệm vụ mới làm B",
        "Ông Đoàn Ngọc Hùng Anh (Ủy viên BTV Thành ủy, Trưởng ban Tuyên giáo Thành ủy) thôi giữ chức Trưởng ban Tuyên giáo để đến nhận nhiệm vụ mới làm Bí thư Quận ủy Thanh Khê.",
        None,
        &[(
            "Đoàn Ngọc Hùng Anh",
            "Ủy viên BTV Thành ủy; Trưởng ban Tuyên giáo Thành ủy",
            "Bí thư Quận ủy Thanh Khê",
            "",
        )],
    );
}

#[test]
fn a_return_to_the_earlier_post() {
    check(
        "8. trở lại với vị trí công tác cũ",
        "Năm 2015, ông Đinh Công Sứ được luân chuyển từ Phó Chánh Thanh tra tỉnh về làm Bí thư Huyện ủy Kim Bôi. \
         Cuối năm 2018, ông Đinh Công Sứ trở lại với vị trí công tác cũ.",
        None,
        &[
            ("Đinh Công Sứ", "Phó Chánh Thanh tra tỉnh", "Bí thư Huyện ủy Kim Bôi", "2015"),
            ("Đinh Công Sứ", "Bí thư Huyện ủy Kim Bôi", "Phó Chánh Thanh tra tỉnh", "2018"),
        ],
    );
}

#[test]
fn a_short_name_takes_the_full_name() {
    check(
        "9. đồng chí Hải",
        "Hội nghị có sự tham dự của ông Ngô Thanh Hải, Phó Bí thư Huyện ủy. Sau đó, đồng chí Hải được bầu giữ chức Chủ tịch UBND huyện Bắc Quang.",
        None,
        &[("Ngô Thanh Hải", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Bắc Quang", "")],
    );
}

#[test]
fn dates() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "11a. effective date before the ceremony date",
            "Chiều 26/6, Tỉnh ủy công bố quyết định bổ nhiệm ông Vũ Đức Thắng giữ chức Phó Giám đốc Sở Tư pháp từ ngày 1/7.",
            Some("2017-06-27"),
            &[("Vũ Đức Thắng", "", "Phó Giám đốc Sở Tư pháp", "2017-07-01")],
        ),
        (
            "11b. year-less date without a document date",
            "Ngày 26-6, ông Vũ Đức Thắng được bổ nhiệm giữ chức Phó Giám đốc Sở Tư pháp.",
            None,
            &[("Vũ Đức Thắng", "", "Phó Giám đốc Sở Tư pháp", "--06-26")],
        ),
        (
            "11c. dotted date",
            "Ngày 26.6.2017, ông Vũ Đức Thắng được bổ nhiệm giữ chức Phó Giám đốc Sở Tư pháp.",
            None,
            &[("Vũ Đức Thắng", "", "Phó Giám đốc Sở Tư pháp", "2017-06-26")],
        ),
        (
            "the post written before the name is the one held",
            "Phó Giám đốc Sở Xây dựng Trần Văn Hùng được điều động giữ chức Giám đốc Sở Giao thông vận tải.",
            None,
            &[("Trần Văn Hùng", "Phó Giám đốc Sở Xây dựng", "Giám đốc Sở Giao thông vận tải", "")],
        ),
        (
            "what he was before 'trước khi được điều động'",
            "Trước khi được điều động về Sở Nội vụ, ông Lưu Văn Bản là Phó Chánh Văn phòng UBND tỉnh.",
            None,
            &[("Lưu Văn Bản", "Phó Chánh Văn phòng UBND tỉnh", "Sở Nội vụ", "")],
        ),
        (
            "passive with the signer named",
            "Ông Lò Văn Muôn được bà Cầm Thị Hoa, khi đó là Chủ tịch UBND tỉnh, ký quyết định bổ nhiệm làm Giám đốc Sở Nội vụ vào ngày 9-9-2016.",
            None,
            &[("Lò Văn Muôn", "", "Giám đốc Sở Nội vụ", "2016-09-09")],
        ),
        (
            "12. a career summary",
            "Ông Trần Quốc Vượng sinh năm 1953. Năm 2010, ông được bổ nhiệm làm Viện trưởng Viện Kiểm sát nhân dân tối cao.",
            None,
            &[("Trần Quốc Vượng", "", "Viện trưởng Viện Kiểm sát nhân dân tối cao", "2010")],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn non_moves_give_nothing() {
    let cases: &[(&str, &str)] = &[
        ("plan", "Dự kiến ông Lê Văn Hưng sẽ được bổ nhiệm làm Giám đốc Sở Nội vụ."),
        ("future", "Ông Lê Văn Hưng sẽ được bầu giữ chức Chủ tịch UBND huyện."),
        ("policy talk", "Công tác luân chuyển cán bộ của huyện đã đạt nhiều kết quả."),
        ("mere mention", "Ông Nguyễn Văn Nam, Chủ tịch UBND huyện Yên Mỹ, cho biết huyện đã hoàn thành kế hoạch."),
        ("re-appointment", "Ông Lê Văn Hưng được tái bổ nhiệm giữ chức Giám đốc Sở Nội vụ."),
        ("no person", "Tỉnh đã bổ nhiệm 3 phó giám đốc sở trong năm 2017."),
        (
            "a post held for a period",
            "Ông Hoàng Văn Khang đảm nhiệm chức vụ Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy từ tháng 9/2015 đến nay.",
        ),
    ];
    for (name, text) in cases {
        let got = extract(text, None);
        assert!(got.is_empty(), "{name}: {text}\n{got:#?}");
    }
}

#[test]
fn the_handing_official_is_not_moved() {
    check(
        "13. trao quyết định",
        "Ông Trần Văn Tuấn, Phó Bí thư Thường trực Tỉnh ủy, trao quyết định điều động ông Nguyễn Hữu Đông, Phó Giám đốc Sở Tài chính, giữ chức Giám đốc Kho bạc Nhà nước tỉnh.",
        None,
        &[("Nguyễn Hữu Đông", "Phó Giám đốc Sở Tài chính", "Giám đốc Kho bạc Nhà nước tỉnh", "")],
    );
}

#[test]
fn provenance_spans_give_back_the_original_sentence() {
    let text = "Tin vắn.\nÔng Hoàng\u{200b} Văn Pho được luân chuyển từ Phó Chánh Thanh tra huyện Khoái Châu về làm Bí thư Đảng ủy xã Dạ Trạch.";
    let records = extract(text, None);
    assert_eq!(records.len(), 1, "{records:#?}");
    let r = &records[0];
    assert_eq!(r.person, "Hoàng Văn Pho");
    let original = &text[r.evidence_start..r.evidence_end];
    assert!(
        original.starts_with("Ông Hoàng\u{200b} Văn Pho"),
        "{original}"
    );
    assert!(original.ends_with("xã Dạ Trạch."), "{original}");
}

#[test]
fn what_was_held_before_the_move() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "trước khi được bổ nhiệm làm B, ông X đang giữ chức A",
            "Trước khi được bổ nhiệm làm Trưởng ban Dân vận Tỉnh ủy, ông Hà Văn Sơn đang giữ chức Phó Chủ tịch UBND tỉnh Lạng Sơn.",
            None,
            &[("Hà Văn Sơn", "Phó Chủ tịch UBND tỉnh Lạng Sơn", "Trưởng ban Dân vận Tỉnh ủy", "")],
        ),
        (
            "trước khi làm B, ông X đã có nhiều năm làm A1 kiêm A2 (no move word: the move is told elsewhere)",
            "Ngày 3-4-2018, ông Lương Văn Tâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Hòa Bình. \
             Trước khi làm Giám đốc Sở, ông Tâm đã có nhiều năm làm Phó Giám đốc Sở Y tế kiêm Giám đốc Bệnh viện Đa khoa tỉnh.",
            None,
            &[(
                "Lương Văn Tâm",
                "Phó Giám đốc Sở Y tế; Giám đốc Bệnh viện Đa khoa tỉnh",
                "Giám đốc Sở Y tế tỉnh Hòa Bình",
                "2018-04-03",
            )],
        ),
        (
            "trước khi về X, ông Y là A: the first move into X",
            "Ông Võ Minh Tuấn được bổ nhiệm làm Tổng giám đốc Vinacafe từ ngày 1-3-2015. \
             Trước khi về Vinacafe, ông Tuấn là Chánh Văn phòng Bộ Công Thương.",
            None,
            &[("Võ Minh Tuấn", "Chánh Văn phòng Bộ Công Thương", "Tổng giám đốc Vinacafe", "2015-03-01")],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn one_move_told_twice_is_one_record() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "a recap ('trước khi được bổ nhiệm làm B') and the report: the report's wording and date",
            "Năm 2015, UBND tỉnh giao đất cho hộ ông Đặng Văn Hòa. \
             Trước khi được bổ nhiệm làm Giám đốc Sở Xây dựng tỉnh Phú Thọ, ông Hòa là Phó Giám đốc Sở Xây dựng. \
             Ngày 9-9-2016, ông Đặng Văn Hòa được bổ nhiệm làm Giám đốc Sở Xây dựng Phú Thọ.",
            None,
            &[("Đặng Văn Hòa", "Phó Giám đốc Sở Xây dựng", "Giám đốc Sở Xây dựng Phú Thọ", "2016-09-09")],
        ),
        (
            "the year in one sentence, the day in another: the day",
            "Năm 2016, tỉnh bổ nhiệm ông Đặng Văn Hòa làm Giám đốc Sở Xây dựng. \
             Ngày 9-9-2016, ông Đặng Văn Hòa được bổ nhiệm làm Giám đốc Sở Xây dựng.",
            None,
            &[("Đặng Văn Hòa", "", "Giám đốc Sở Xây dựng", "2016-09-09")],
        ),
        (
            "a unit joined, without a date of its own, is the unit of the titled post",
            "Ngày 6-3-2017, ông Lê Trung Chinh được bổ nhiệm giữ chức Trưởng ban Nội chính Thành ủy. \
             Việc điều chuyển ông Lê Trung Chinh sang công tác tại Thành ủy được dư luận đồng tình.",
            None,
            &[("Lê Trung Chinh", "", "Trưởng ban Nội chính Thành ủy", "2017-03-06")],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn the_date_of_each_move() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "the decision's term, stated after it, is the move's effective date",
            "Ngày 2/3, UBND huyện công bố quyết định bổ nhiệm ông Phạm Quốc Toàn, Phó Chánh Văn phòng, giữ chức Chánh Văn phòng HĐND và UBND huyện. Quyết định có hiệu lực từ ngày 15/3/2019.",
            None,
            &[("Phạm Quốc Toàn", "Phó Chánh Văn phòng", "Chánh Văn phòng HĐND và UBND huyện", "2019-03-15")],
        ),
        (
            "... and not the date of a move told after it",
            "Bổ nhiệm lại bà Lý Thị Nga giữ chức Hiệu trưởng Trường Tiểu học Kim Đồng. Thời hạn bổ nhiệm là 5 năm, kể từ ngày 1/8/2019. Bổ nhiệm ông Hà Văn Khải, Phó Hiệu trưởng Trường THCS Lê Lợi, giữ chức Hiệu trưởng Trường THCS Lê Lợi.",
            None,
            &[("Hà Văn Khải", "Phó Hiệu trưởng Trường THCS Lê Lợi", "Hiệu trưởng Trường THCS Lê Lợi", "")],
        ),
        (
            "a decision named with its term announces the moves told after it",
            "Tỉnh ủy vừa công bố quyết định luân chuyển cán bộ, có hiệu lực từ ngày 1/6/2019. Ông Đỗ Minh Châu được luân chuyển về làm Phó Bí thư Huyện ủy Kiến Xương.",
            None,
            &[("Đỗ Minh Châu", "", "Phó Bí thư Huyện ủy Kiến Xương", "2019-06-01")],
        ),
        (
            "two moves of a career in one sentence: each its own date",
            "Ông Lê Văn Hải sinh năm 1960. Năm 2010, ông được bầu vào Ban Chấp hành Trung ương Đảng và đến giữa nhiệm kỳ, tháng 5/2013, ông được bầu bổ sung vào Bộ Chính trị.",
            None,
            &[
                ("Lê Văn Hải", "", "Ban Chấp hành Trung ương Đảng", "2010"),
                ("Lê Văn Hải", "Ban Chấp hành Trung ương Đảng", "Bộ Chính trị", "2013-05"),
            ],
        ),
        (
            "'tới tháng 9/2009 kiêm nhiệm': the later move's date",
            "Tháng 1/2006, ông Lưu Văn Đức được bổ nhiệm Thứ trưởng Bộ Tài chính, tới tháng 9/2009 kiêm nhiệm Chủ tịch Hội Chữ thập đỏ.",
            None,
            &[
                ("Lưu Văn Đức", "", "Thứ trưởng Bộ Tài chính", "2006-01"),
                ("Lưu Văn Đức", "Thứ trưởng Bộ Tài chính", "Chủ tịch Hội Chữ thập đỏ", "2009-09"),
            ],
        ),
        (
            "'trở thành X khi nhậm chức hồi …': one event",
            "Bà Park Geun-hye trở thành Tổng thống Hàn Quốc khi nhậm chức hồi tháng 2/2013.",
            None,
            &[("Park Geun-hye", "", "Tổng thống Hàn Quốc", "2013-02")],
        ),
        (
            "the decision's date before the ceremony's",
            "Chiều 6/2/2017, Bộ trưởng Bộ Tài chính trao Quyết định số 234/QĐ-BTC ngày 3/2/2017 bổ nhiệm bà Lê Thị Hồng giữ chức vụ Vụ trưởng Vụ Ngân sách.",
            None,
            &[("Lê Thị Hồng", "", "Vụ trưởng Vụ Ngân sách", "2017-02-03")],
        ),
        (
            "a decree's date is no move's date",
            "Ông Lê Văn Tư được điều động giữ chức Phó Ban Dân vận Tỉnh ủy và ông Trần Văn Năm nghỉ hưu theo Nghị định 108/2014/NĐ-CP ngày 20-11-2014 của Chính phủ.",
            None,
            &[("Lê Văn Tư", "", "Phó Ban Dân vận Tỉnh ủy", "")],
        ),
        (
            "a sentence ends after a year even before a number",
            "Ông Đỗ Văn Lâm được bổ nhiệm làm Giám đốc Sở Tư pháp tháng 7/2006. 1 năm sau, tháng 8/2007, ông Đỗ Văn Lâm được bầu làm Phó Chủ tịch UBND tỉnh.",
            None,
            &[
                ("Đỗ Văn Lâm", "", "Giám đốc Sở Tư pháp", "2006-07"),
                ("Đỗ Văn Lâm", "Giám đốc Sở Tư pháp", "Phó Chủ tịch UBND tỉnh", "2007-08"),
            ],
        ),
        (
            "a shorter wording of the post in another year is another move",
            "Năm 2009, bà Helena Márquez được cất nhắc làm Phó Thống đốc Ngân hàng Trung ương và ở vị trí đó đến năm 2011 trước khi trở thành Phó Thống đốc thường trực Ngân hàng Trung ương.",
            None,
            &[
                ("Helena Márquez", "", "Phó Thống đốc Ngân hàng Trung ương", "2009"),
                ("Helena Márquez", "Phó Thống đốc Ngân hàng Trung ương", "Phó Thống đốc thường trực Ngân hàng Trung ương", "2011"),
            ],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn who_moves() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "a pronoun is not the predecessor its own sentence names",
            "Năm 2012, ông Lê Minh Khôi được Chủ tịch Trần Văn Hòa cất nhắc làm Phó Tổng giám đốc. \
             Năm 2018, ông kế nhiệm ông Trần Văn Hòa trở thành Chủ tịch HĐQT.",
            None,
            &[
                ("Lê Minh Khôi", "", "Phó Tổng giám đốc", "2012"),
                ("Lê Minh Khôi", "Phó Tổng giám đốc", "Chủ tịch HĐQT", "2018"),
            ],
        ),
        (
            "the official who hands over a decision is not the one who moves",
            "Ông Nguyễn Văn Phúc, Thứ trưởng Bộ Giáo dục và Đào tạo, đã trao Quyết định số 1179/QĐ-BGDĐT ngày 5/4/2021 công nhận ông Trần Hữu Lộc, Phó Giám đốc Đại học Vinh, giữ chức vụ Chủ tịch Hội đồng Đại học Vinh.",
            None,
            &[("Trần Hữu Lộc", "Phó Giám đốc Đại học Vinh", "Chủ tịch Hội đồng Đại học Vinh", "2021-04-05")],
        ),
        (
            "the subject of an appointing verb in the active voice appoints, he does not move",
            "Thủ tướng Pedro Sánchez đã bổ nhiệm cố vấn kinh tế mới cho chính phủ.",
            None,
            &[],
        ),
        (
            "... but not in the passive, with the one who signs between",
            "Ông Vũ Đức Thắng được bà Hồ Thị Lan, Chủ tịch UBND huyện, ký quyết định bổ nhiệm làm Trưởng phòng Nội vụ huyện Mê Linh.",
            None,
            &[("Vũ Đức Thắng", "", "Trưởng phòng Nội vụ huyện Mê Linh", "")],
        ),
        (
            "... nor in a decision's wording, the person first and the new post by its cue",
            "Đồng chí Lò Văn Pọm, Phó Bí thư Huyện ủy Mường La, thôi giữ chức Phó Bí thư Huyện ủy và điều động giữ chức Phó Trưởng ban Dân vận Tỉnh ủy Sơn La.",
            None,
            &[("Lò Văn Pọm", "Phó Bí thư Huyện ủy Mường La", "Phó Trưởng ban Dân vận Tỉnh ủy Sơn La", "")],
        ),
        (
            "the persons a task serves, after 'cho' and other words, are not moved",
            "Ông Đào Văn Lực, Phó Trưởng phòng Tài nguyên, được phân công làm Phó Chủ tịch Hội đồng Bồi thường huyện, phụ trách xét hồ sơ đền bù cho gia đình ông Tạ Văn Mùi.",
            None,
            &[("Đào Văn Lực", "Phó Trưởng phòng Tài nguyên", "Phó Chủ tịch Hội đồng Bồi thường huyện", "")],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn more_non_moves() {
    let cases: &[(&str, &str)] = &[
        ("re-election 'được bầu lại'", "Đại hội chúc mừng ông Lê Văn Sáu được bầu lại làm Tổng Bí thư."),
        (
            "a candidate for the post ('là ứng viên … thay thế')",
            "HLV Park Hang-seo được xem là ứng viên sáng giá để thay thế HLV Lê Thụy Hải làm HLV trưởng đội tuyển.",
        ),
        (
            "... 'là một ứng cử viên kế nhiệm'",
            "Ông Lâm Quang Huy là một ứng cử viên kế nhiệm ông Tôn Văn Bình làm Giám đốc Sở Y tế.",
        ),
        (
            "a proposal whose purpose is the move, after a long apposition",
            "Bộ Chính trị giới thiệu ông Hà Văn Bảy, Phó Bí thư Đảng đoàn, Phó Chủ tịch kiêm Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam để hiệp thương giữ chức Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.",
        ),
        (
            "a proposal a few words before the move",
            "Theo Bộ trưởng Lê Thị Tám, ngành đã giới thiệu được một gương mặt trẻ đảm nhận cương vị Viện trưởng Viện Chiến lược.",
        ),
        (
            "an appointing verb whose object is a bare occupation: a group, no one named",
            "Sở Giáo dục đã điều động giáo viên từ vùng xuôi lên các điểm trường, ông Hà Quang Vinh cho biết.",
        ),
        (
            "... nor the one who speaks after a 'cho' that is no cue of a person",
            "Nhà trường đã cử giáo viên đến tận nhà dạy cho các em - thầy Lê Văn Tú cho biết.",
        ),
    ];
    for (name, text) in cases {
        let got = extract(text, None);
        assert!(got.is_empty(), "{name}: {text}\n{got:#?}");
    }
    check(
        "a post held before 'trước khi được bầu' does not make the move a post held",
        "Ông Phí Văn Chín từng là Chủ tịch Vinaconex trước khi được bầu làm Phó Chủ tịch UBND thành phố Hà Nội.",
        None,
        &[("Phí Văn Chín", "", "Phó Chủ tịch UBND thành phố Hà Nội", "")],
    );
}

#[test]
fn posts_left_and_posts_named_before_the_name() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "'miễn nhiệm chức vụ A đối với ông X': A is what he held before his move",
            "HĐND thành phố đã miễn nhiệm chức vụ Phó Chủ tịch UBND thành phố Hải Phòng đối với ông Lê Khắc Nam. \
             Trước đó, ngày 6-3, Thành ủy đã điều động ông Lê Khắc Nam giữ chức Trưởng ban Dân vận Thành ủy.",
            None,
            &[("Lê Khắc Nam", "Phó Chủ tịch UBND thành phố Hải Phòng", "Trưởng ban Dân vận Thành ủy", "--03-06")],
        ),
        (
            "'bầu Tổng giám đốc X giữ chức B': the post written before the name is the one held",
            "Kỳ họp thứ hai bầu Giám đốc Sở Xây dựng Trịnh Văn Tám giữ chức Phó Chủ tịch UBND tỉnh.",
            None,
            &[("Trịnh Văn Tám", "Giám đốc Sở Xây dựng", "Phó Chủ tịch UBND tỉnh", "")],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn counted_posts_grades_and_posts_left() {
    let none: &[(&str, &str)] = &[
        (
            "posts counted, the person named later for something else",
            "HĐND thành phố đã bầu bổ sung 5 chức danh Phó Trưởng Ban chuyên trách HĐND và cho thôi làm nhiệm vụ đại biểu đối với ông Lê Văn Mười.",
        ),
        ("a grade, no post", "Giai đoạn bổ nhiệm ông Lê Văn Mười chưa có bằng chuyên viên chính."),
        (
            "a post resigned from is no new post",
            "Ông Lê Văn Mười quay về ngân hàng chỉ một tháng sau khi từ nhiệm chức danh Phó Chủ tịch HĐQT.",
        ),
    ];
    for (name, text) in none {
        let got = extract(text, None);
        assert!(got.is_empty(), "{name}: {text}\n{got:#?}");
    }
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "posts counted and named after 'đối với'",
            "Quốc hội bổ nhiệm 2 Thẩm phán Tòa án nhân dân tối cao đối với ông Lê Văn Mười và ông Trần Văn Hai.",
            None,
            &[
                ("Lê Văn Mười", "", "Thẩm phán Tòa án nhân dân tối cao", ""),
                ("Trần Văn Hai", "", "Thẩm phán Tòa án nhân dân tối cao", ""),
            ],
        ),
        (
            "'từ chức vụ A về giữ chức B'; a decision's number is no count",
            "Bà Lê Thị Mười được điều động theo quyết định số 812 ngày 14.3.2011 từ chức vụ Trưởng phòng Y tế huyện về giữ chức Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh.",
            None,
            &[("Lê Thị Mười", "Trưởng phòng Y tế huyện", "Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh", "2011-03-14")],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn marks_of_a_new_post_and_periods() {
    check(
        "'tân Bí thư X Nguyễn Văn A' dates the reported move and is no record of its own",
        "Sáng ngày 10/5, thành phố đã đón tân Bí thư Thành ủy Lê Văn Bảy. \
         Ông Trần Văn Chín đã đọc quyết định phân công ông Lê Văn Bảy giữ chức Bí thư Thành ủy Cần Thơ.",
        None,
        &[("Lê Văn Bảy", "", "Bí thư Thành ủy Cần Thơ", "--05-10")],
    );
    check(
        "'tân Tổng thống X' named with its holder, no other report: a record without a date \
         (ANNOTATION.md: a passing mention of a move told as an event)",
        "Các nước đang chờ chính sách của tân Tổng thống Mỹ Donald Trump.",
        None,
        &[("Donald Trump", "", "Tổng thống Mỹ", "")],
    );
    check(
        "a period of a post held gives no date to the next sentence's move",
        "Từ năm 2005 đến tháng 4/2017, ông Chu Văn Tám giữ chức Phó Giám đốc Trung tâm Y tế dự phòng tỉnh. \
         Ông Chu Văn Tám được điều động làm Chi cục trưởng Chi cục Thú y.",
        None,
        &[("Chu Văn Tám", "", "Chi cục trưởng Chi cục Thú y", "")],
    );
    check(
        "a post followed by another name is that name's, not an apposition",
        "Toàn cảnh lễ trao quyết định cho ông Lê Văn Bảy Chủ tịch Quốc hội Nguyễn Thị Mười bước vào hội trường. \
         Ông Trần Văn Chín đọc quyết định phân công ông Lê Văn Bảy giữ chức Bí thư Thành ủy Cần Thơ.",
        None,
        &[("Lê Văn Bảy", "", "Bí thư Thành ủy Cần Thơ", "")],
    );
}

#[test]
fn ministry_titles_and_ranks() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "'giữ chức Vụ trưởng': the cue does not take the title's first word",
            "Bộ trưởng Bộ Nội vụ đã ký quyết định bổ nhiệm ông Đỗ Quang Vinh, Phó Vụ trưởng Vụ Pháp chế, giữ chức Vụ trưởng Vụ Pháp chế.",
            None,
            &[("Đỗ Quang Vinh", "Phó Vụ trưởng Vụ Pháp chế", "Vụ trưởng Vụ Pháp chế", "")],
        ),
        (
            "'thôi giữ chức Cục trưởng'",
            "Ông Hoàng Minh Sơn thôi giữ chức Cục trưởng Cục Hải quan để nhận nhiệm vụ mới là Thứ trưởng Bộ Tài chính.",
            None,
            &[("Hoàng Minh Sơn", "Cục trưởng Cục Hải quan", "Thứ trưởng Bộ Tài chính", "")],
        ),
        (
            "a rank held without the post ('Hàm Vụ phó') is the earlier post",
            "Bộ trưởng quyết định bổ nhiệm có thời hạn bà Vũ Thị Lan, Hàm Vụ phó, giữ chức Phó Vụ trưởng Vụ Hợp tác quốc tế.",
            None,
            &[("Vũ Thị Lan", "Hàm Vụ phó", "Phó Vụ trưởng Vụ Hợp tác quốc tế", "")],
        ),
        (
            "'Cục phó' is 'Phó Cục trưởng'",
            "Ông Lý Văn Toàn, Cục phó Cục Thuế, được điều động giữ chức Cục trưởng Cục Quản lý thị trường.",
            None,
            &[("Lý Văn Toàn", "Cục phó Cục Thuế", "Cục trưởng Cục Quản lý thị trường", "")],
        ),
        (
            "a body named by its fields, with commas: 'Bộ Văn hóa, Thể thao và Du lịch'",
            "Thủ tướng đã bổ nhiệm ông Tạ Quang Đông, Phó Chánh Văn phòng Bộ, giữ chức Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch.",
            None,
            &[("Tạ Quang Đông", "Phó Chánh Văn phòng Bộ", "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch", "")],
        ),
        (
            "a foreign ministry's fields: 'Bộ trưởng Đất đai, Hạ tầng và Vận tải' (the title before the name was held)",
            "Tổng thống Hàn Quốc chỉ định nghị sĩ Park Soo-jin làm Bộ trưởng Đất đai, Hạ tầng và Vận tải.",
            None,
            &[("Park Soo-jin", "nghị sĩ", "Bộ trưởng Đất đai, Hạ tầng và Vận tải", "")],
        ),
        (
            "after a comma, a new title is the next post, not a field",
            "Ông Mai Văn Chính, Giám đốc Sở Khoa học, Công nghệ và Môi trường, được bổ nhiệm làm Phó Chủ tịch UBND tỉnh Long An.",
            None,
            &[("Mai Văn Chính", "Giám đốc Sở Khoa học, Công nghệ và Môi trường", "Phó Chủ tịch UBND tỉnh Long An", "")],
        ),
        (
            "'Tài nguyên' (resources) holds no 'nguyên' (former) that ends the post",
            "Bà Võ Thị Hoa, Phó Trưởng phòng Tài nguyên huyện, được bổ nhiệm làm Trưởng phòng Tài nguyên khoáng sản.",
            None,
            &[("Võ Thị Hoa", "Phó Trưởng phòng Tài nguyên huyện", "Trưởng phòng Tài nguyên khoáng sản", "")],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn where_a_post_ends() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "which holder ('mới', 'thứ 12') between the title and 'của' its body; 'đầu tiên' (the first) is the holder's distinction, and the post ends before it",
            "Ông Jan Novak được bầu làm Tổng thư ký mới của Liên minh Bưu chính. Bà Eva Horak trở thành Thủ tướng thứ 12 của Slovakia. Năm 2019, ông Tomas Berg trở thành Đại sứ đầu tiên của Estonia.",
            None,
            &[
                ("Jan Novak", "", "Tổng thư ký mới của Liên minh Bưu chính", ""),
                ("Eva Horak", "", "Thủ tướng thứ 12 của Slovakia", ""),
                ("Tomas Berg", "", "Đại sứ", "2019"),
            ],
        ),
        (
            "... not before a body in lower case",
            "Ông Lê Văn Hưng được bổ nhiệm làm Giám đốc mới của bệnh viện.",
            None,
            &[("Lê Văn Hưng", "", "Giám đốc", "")],
        ),
        (
            "'trẻ' after the title and its country describes the holder",
            "Năm 2017, ông Sebastian Kurz trở thành Thủ tướng Áo trẻ nhất.",
            None,
            &[("Sebastian Kurz", "", "Thủ tướng Áo", "2017")],
        ),
        (
            "'trẻ' inside the name of a body is kept",
            "Bà Trịnh Thu Hằng được bầu làm Chủ tịch Hội Doanh nhân trẻ tỉnh Thanh Hóa.",
            None,
            &[(
                "Trịnh Thu Hằng",
                "",
                "Chủ tịch Hội Doanh nhân trẻ tỉnh Thanh Hóa",
                "",
            )],
        ),
        (
            "a body named by a long lower-case phrase, then its place",
            "Ông Trần Văn Tư được bổ nhiệm làm Trưởng ban quản lý đầu tư xây dựng hạ tầng Q.Bình Tân.",
            None,
            &[(
                "Trần Văn Tư",
                "",
                "Trưởng ban quản lý đầu tư xây dựng hạ tầng Q.Bình Tân",
                "",
            )],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn place_names_and_given_names_that_look_like_other_words() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "'Anh' in 'Đông Anh' is the district's name, not the honorific 'anh'",
            "Tháng 5/2019, ông Đặng Văn Tuấn được bổ nhiệm làm Bí thư Huyện ủy Đông Anh.",
            None,
            &[("Đặng Văn Tuấn", "", "Bí thư Huyện ủy Đông Anh", "2019-05")],
        ),
        (
            "'Bà' in 'Bà Rịa - Vũng Tàu' is the province's name, not the honorific 'bà'",
            "Đại tá Lưu Văn Hải được bổ nhiệm giữ chức Giám đốc Công an tỉnh Bà Rịa - Vũng Tàu.",
            None,
            &[("Lưu Văn Hải", "", "Giám đốc Công an tỉnh Bà Rịa - Vũng Tàu", "")],
        ),
        (
            "a given name that is also an organisation word ('Khoa', faculty)",
            "Trung tá Hồ Văn Khoa, Phó Trưởng Công an huyện Tân Kỳ, được điều động giữ chức Trưởng Công an huyện Anh Sơn.",
            None,
            &[("Hồ Văn Khoa", "Phó Trưởng Công an huyện Tân Kỳ", "Trưởng Công an huyện Anh Sơn", "")],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn place_names_that_hold_a_move_word() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "'Tân' after a place type is a name ('tân' is 'new')",
            "Ông Huỳnh Văn Lợi, Bí thư Đảng ủy xã Tân Thông Hội, được điều động làm Phó Bí thư Huyện ủy Củ Chi.",
            None,
            &[("Huỳnh Văn Lợi", "Bí thư Đảng ủy xã Tân Thông Hội", "Phó Bí thư Huyện ủy Củ Chi", "")],
        ),
        (
            "a title that ends in its place type",
            "Bà Phan Thị Mỹ được bầu giữ chức Chủ tịch UBND phường Tân Định nhiệm kỳ 2021-2026.",
            None,
            &[("Phan Thị Mỹ", "", "Chủ tịch UBND phường Tân Định", "")],
        ),
        (
            "'Tân' before a capitalised name word, after lower-case words",
            "Ông Lê Văn Tám được bổ nhiệm làm Giám đốc Cảng hàng không quốc tế Tân Sơn Nhất.",
            None,
            &[("Lê Văn Tám", "", "Giám đốc Cảng hàng không quốc tế Tân Sơn Nhất", "")],
        ),
        (
            "'quận Tân Bình' in the earlier post",
            "Ông Trần Quốc Nam, Phó Chủ tịch UBND quận Tân Bình, được bổ nhiệm giữ chức Giám đốc Sở Tư pháp.",
            None,
            &[("Trần Quốc Nam", "Phó Chủ tịch UBND quận Tân Bình", "Giám đốc Sở Tư pháp", "")],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

/// The old and the new tone style, and words glued to a name, read alike (the shortcut
/// finds the gazetteer's keys in either style before the text is normalized).
#[test]
fn tone_styles_and_glued_words() {
    let want: &[Want] = &[("Lê Văn Bảy", "", "Phó Chủ tịch UBND huyện Kim Bôi", "2016")];
    for text in [
        "Năm 2016, ông Lê Văn Bảy được bổ nhiệm giữ chức Phó Chủ tịch UBND huyện Kim Bôi, tỉnh Hòa Bình.",
        "Năm 2016, ông Lê Văn Bảy được bổ nhiệm giữ chức Phó Chủ tịch UBND huyện Kim Bôi, tỉnh Hoà Bình.",
        "Năm 2016, ôngLê Văn Bảy được bổ nhiệm giữ chức Phó Chủ tịch UBND huyện Kim Bôi, tỉnh Hòa Bình.",
    ] {
        check("tone styles and glued words", text, None, want);
    }
    let none = extract(
        "Năm 2016, Uỷ ban nhân dân huyện Kim Bôi đã bổ sung kinh phí cho xã Hoà Bình.",
        None,
    );
    assert!(none.is_empty(), "{none:#?}");
}

#[test]
fn taking_office_and_foreign_names() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "the post written before the name of who takes office",
            "Thủ tướng Canada Marie Tremblay tuyên thệ nhậm chức tại Ottawa hôm 4/11.",
            Some("2019-11-05"),
            &[("Marie Tremblay", "", "Thủ tướng Canada", "2019-11-04")],
        ),
        (
            "'liên bang' (federal) before a name is no state ('bang') the name is of",
            "Thẩm phán liên bang Robert Hale ra phán quyết hôm thứ Sáu. Hale, 61 tuổi, được bổ nhiệm bởi Tổng thống Bill Clinton.",
            None,
            &[("Robert Hale", "", "Thẩm phán liên bang", "")],
        ),
        (
            "taking office told in passing, the post named elsewhere in the document",
            "Tổng thống Brazil Lucas Ferreira thăm Hà Nội tuần này. \
             Kể từ khi ông Ferreira nhậm chức, thương mại hai nước tăng mạnh.",
            None,
            &[("Lucas Ferreira", "", "Tổng thống Brazil", "")],
        ),
        (
            "a move told in passing ('kể từ khi … nhậm chức') takes no date of the main clause",
            "Tổng thống Brazil Lucas Ferreira thăm Hà Nội tuần này. \
             Ngày 3/4, ông Ferreira ký sắc lệnh thứ mười kể từ khi nhậm chức.",
            None,
            &[("Lucas Ferreira", "", "Tổng thống Brazil", "")],
        ),
        (
            "... but the date written right after it is its own",
            "Tổng thống Brazil Lucas Ferreira thăm Hà Nội tuần này. \
             Kinh tế tăng trưởng kể từ khi ông Ferreira nhậm chức hôm 1/1/2023.",
            None,
            &[("Lucas Ferreira", "", "Tổng thống Brazil", "2023-01-01")],
        ),
        (
            "the mark of a new post dates nothing: the sentence's date is that of what it reports",
            "Ngày 9/6, tân Bộ trưởng Quốc phòng Peru Ana Castillo thăm Lima.",
            None,
            &[("Ana Castillo", "", "Bộ trưởng Quốc phòng Peru", "")],
        ),
        (
            "a foreign name without an honorific after the appointing verb",
            "Nữ hoàng đã bổ nhiệm Oliver Grant làm Bộ trưởng Tài chính.",
            None,
            &[("Oliver Grant", "", "Bộ trưởng Tài chính", "")],
        ),
        (
            "a ';' list of appointees, each named after the post they held",
            "Văn phòng Thủ tướng cho biết Thượng nghị sĩ Ahn Min-ho được chỉ định làm Bộ trưởng Y tế; \
             Thượng nghị sĩ Do Hye-jin giữ chức Bộ trưởng Lao động; Thượng nghị sĩ Seo Jun-ki làm Bộ trưởng Môi trường.",
            None,
            &[
                ("Ahn Min-ho", "Thượng nghị sĩ", "Bộ trưởng Y tế", ""),
                ("Do Hye-jin", "Thượng nghị sĩ", "Bộ trưởng Lao động", ""),
                ("Seo Jun-ki", "Thượng nghị sĩ", "Bộ trưởng Môi trường", ""),
            ],
        ),
        (
            "a country before the name is no part of it",
            "Tổng thống Hàn Quốc Lee Jae-won bổ nhiệm bà Han Seo-yeon làm Bộ trưởng Ngoại giao.",
            None,
            &[("Han Seo-yeon", "", "Bộ trưởng Ngoại giao", "")],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
    // Taking office with no post anywhere: no record.
    let none = extract(
        "Ông Lucas Ferreira nhậm chức trong một buổi lễ giản dị.",
        None,
    );
    assert!(none.is_empty(), "{none:#?}");
}

#[test]
fn more_words_of_moving() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "a post named before 'được giao cho' goes to the person after it",
            "Từ ngày 1/7, chức vụ Phó Chủ tịch UBND huyện Tam Nông được giao cho bà Lê Thị Hoa.",
            None,
            &[("Lê Thị Hoa", "", "Phó Chủ tịch UBND huyện Tam Nông", "--07-01")],
        ),
        (
            "... a task is no post",
            "Nhiệm vụ này được giao cho ông Trần Văn Bình.",
            None,
            &[],
        ),
        (
            "one of many is a figure of speech, no post",
            "Ông Thomas Keller nhanh chóng trở thành một trong những HLV xuất sắc nhất của Dortmund.",
            None,
            &[],
        ),
        (
            "'một khi' tells a hypothetical move",
            "Ông còn hứa rằng một khi ông John Carter trúng cử Tổng thống, chính phủ sẽ xem xét lại lệnh cấm vận.",
            None,
            &[],
        ),
        (
            "the other members of a body just elected, listed after 'Các <post> gồm'",
            "Chiều 9/4, Ban Chấp hành đã bầu ông Đỗ Minh Tâm làm Chủ tịch Hội Luật gia tỉnh. Các Phó Chủ tịch gồm các ông: Phan Văn Lộc, Trịnh Quang Huy và bà Lâm Thị Hoa.",
            None,
            &[
                ("Đỗ Minh Tâm", "", "Chủ tịch Hội Luật gia tỉnh", "--04-09"),
                ("Phan Văn Lộc", "", "Phó Chủ tịch", "--04-09"),
                ("Trịnh Quang Huy", "", "Phó Chủ tịch", "--04-09"),
                ("Lâm Thị Hoa", "", "Phó Chủ tịch", "--04-09"),
            ],
        ),
        (
            "... not without a decision before",
            "Hội Luật gia tỉnh vừa tổ chức hội thảo. Các Phó Chủ tịch gồm các ông: Phan Văn Lộc và Trịnh Quang Huy.",
            None,
            &[],
        ),
        (
            "a parliament confirms a nominee: 'chấp thuận (đề cử) ông X làm'",
            "Quốc hội Nhật Bản đã chấp thuận đề cử ông Kishida Fumio làm Thủ tướng.",
            None,
            &[("Kishida Fumio", "", "Thủ tướng", "")],
        ),
        (
            "điều sang … làm",
            "Tháng 5/2019, ông Lê Văn Năm được điều sang làm Phó Giám đốc Sở Nội vụ.",
            None,
            &[("Lê Văn Năm", "", "Phó Giám đốc Sở Nội vụ", "2019-05")],
        ),
        (
            "điều về … làm",
            "Ông Đinh Văn Chín được điều về làm Bí thư Huyện ủy Tứ Kỳ.",
            None,
            &[("Đinh Văn Chín", "", "Bí thư Huyện ủy Tứ Kỳ", "")],
        ),
        (
            "đề bạt",
            "Bà Trần Thị Sáu được đề bạt giữ chức Trưởng phòng Tổ chức cán bộ.",
            None,
            &[("Trần Thị Sáu", "", "Trưởng phòng Tổ chức cán bộ", "")],
        ),
        (
            "chuyển qua làm",
            "Năm 2016, ông Hồ Văn Bảy chuyển qua làm Phó Chánh Văn phòng UBND tỉnh.",
            None,
            &[("Hồ Văn Bảy", "", "Phó Chánh Văn phòng UBND tỉnh", "2016")],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn the_object_of_an_appointing_verb() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "words that describe the person stand between the verb and the name",
            "Thủ tướng Nhật Bản hôm qua đã bổ nhiệm nhà kinh tế kỳ cựu Suzuki Ichiro giữ chức cố vấn trưởng của chính phủ.",
            None,
            &[("Suzuki Ichiro", "", "cố vấn trưởng", "")],
        ),
        (
            "a post held, as description, between the verb and the name",
            "Thủ tướng Anh đã bổ nhiệm Quốc vụ khanh Bộ Ngoại giao John Miller làm Bộ trưởng Nội vụ.",
            None,
            &[("John Miller", "Quốc vụ khanh Bộ Ngoại giao", "Bộ trưởng Nội vụ", "")],
        ),
        (
            "a Korean family name that reads as 'cho'",
            "Tổng thống Hàn Quốc còn bổ nhiệm giáo sư Cho Min-jae làm thư ký phụ trách các vấn đề kinh tế.",
            None,
            &[("Cho Min-jae", "", "thư ký phụ trách các vấn đề kinh tế", "")],
        ),
        (
            "the post and its new holder right after the verb",
            "Quyết định của Tổng thống khi bổ nhiệm Thủ tướng Pierre Lefort đã làm nhiều người bất ngờ.",
            None,
            &[("Pierre Lefort", "", "Thủ tướng", "")],
        ),
        (
            "a title alone belongs to the body that appoints, named before the verb",
            "Tập đoàn Sao Mai vừa bổ nhiệm Giám đốc Lê Văn Hưng.",
            None,
            &[("Lê Văn Hưng", "", "Giám đốc Tập đoàn Sao Mai", "")],
        ),
        (
            "... not to a person who appoints",
            "Tổng thống Marc Lefort đã bổ nhiệm Thủ tướng Pierre Dumas.",
            None,
            &[("Pierre Dumas", "", "Thủ tướng", "")],
        ),
        (
            "the one who appoints, after 'bởi', is not the appointee",
            "Bà Mary Wood, người được bổ nhiệm bởi Tổng thống John Carter, đã phản đối về việc này.",
            None,
            &[],
        ),
        (
            "the post held, then the name, then the unit the person is moved to",
            "Bộ Công Thương công bố quyết định điều chuyển Tổng giám đốc Tổng công ty Điện lực Hồ Văn Lâm về công tác tại Văn phòng Bộ.",
            None,
            &[("Hồ Văn Lâm", "Tổng giám đốc Tổng công ty Điện lực", "Văn phòng Bộ", "")],
        ),
        (
            "a mission is no post: 'cử' a title with its holder",
            "Chính phủ cử Phó Thủ tướng Lê Văn Tám dự hội nghị thượng đỉnh.",
            None,
            &[],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn a_bare_title_is_named_by_its_remit() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "bộ trưởng phụ trách …",
            "Bà Claire Dubois được bổ nhiệm làm bộ trưởng phụ trách các vấn đề nông nghiệp.",
            None,
            &[(
                "Claire Dubois",
                "",
                "bộ trưởng phụ trách các vấn đề nông nghiệp",
                "",
            )],
        ),
        (
            "a remit that points back names nothing",
            "Bà Claire Dubois được bổ nhiệm làm thứ trưởng phụ trách lĩnh vực này.",
            None,
            &[("Claire Dubois", "", "thứ trưởng", "")],
        ),
        (
            "a post with its body ends before 'phụ trách'",
            "Ông Lê Văn Mười được bầu làm Phó Chủ tịch UBND tỉnh phụ trách khối kinh tế.",
            None,
            &[("Lê Văn Mười", "", "Phó Chủ tịch UBND tỉnh", "")],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn whose_move_and_whose_post() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "a move joined by 'và' shares the subject of the verb before it, not its object",
            "Năm 2019, ông Carlos Mendes đánh bại ông Pedro Alves và trở thành Thị trưởng Lisbon.",
            None,
            &[("Carlos Mendes", "", "Thị trưởng Lisbon", "2019")],
        ),
        (
            "a post after a comma is not the move's without a cue",
            "Thủ tướng Hà Lan Mark Rutten thăm Pháp. Ông đã gặp nhiều nhà lãnh đạo kể từ khi ông nhậm chức, trong đó có Thủ tướng Bỉ.",
            None,
            &[("Mark Rutten", "", "Thủ tướng Hà Lan", "")],
        ),
        (
            "the one who appoints, after 'được', may hold a whole post marked as new",
            "Ông Jean Morel được tân Tổng thống nước Cộng hòa Pháp Paul Girard chỉ định làm Thủ tướng.",
            None,
            &[
                ("Paul Girard", "", "Tổng thống nước Cộng hòa Pháp", ""),
                ("Jean Morel", "", "Thủ tướng", ""),
            ],
        ),
        (
            "an intention is no move",
            "Hôm qua, Tổng thống Paul Girard cho biết ý định bổ nhiệm ông Jean Morel làm Thủ tướng.",
            None,
            &[],
        ),
        (
            "a pronoun stands for the one who moves, of those the sentence before names",
            "Ông Marc Lefort đã nhậm chức Tổng thống Pháp sáng 14/5. Tổng thống mãn nhiệm Paul Girard đón ông Lefort trước cửa Điện Elysee. Ở tuổi 41, ông trở thành Tổng thống trẻ nhất của nước này.",
            None,
            &[("Marc Lefort", "", "Tổng thống Pháp", "--05-14")],
        ),
        (
            "a time clause without a subject shares the subject after it, not the speaker's",
            "Tổng thống Mỹ George Walker đến Paris. Bộ trưởng Paul Stone nói rằng kể từ khi nhậm chức Tổng thống Walker chưa đến châu Âu.",
            None,
            &[("George Walker", "", "Tổng thống", "")],
        ),
        (
            "a region is no person ('Thái' is a surname)",
            "Hãng vừa bổ nhiệm giám đốc mới cho khu vực châu Á - Thái Bình Dương.",
            None,
            &[],
        ),
        (
            "an organisation's foreign name is part of the post, not a person",
            "Ông Hans Keller, tân Giám đốc điều hành Nordic Lab châu Á, đã đến Hà Nội.",
            None,
            &[("Hans Keller", "", "Giám đốc điều hành Nordic Lab châu Á", "")],
        ),
        (
            "the person met 'với' after a move told in passing is not the one who moved",
            "Trong tuần đầu sau khi nhậm chức, Thủ tướng đã gặp riêng với Chủ tịch Quốc hội Lê Văn Hai.",
            None,
            &[],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn a_foreign_family_name_written_alone() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "the family name alone is the subject, the full name was given before",
            "Ứng viên Pierre Dumont đã thắng cử vòng hai. Dumont tuyên thệ nhậm chức ngày 3/6 và trở thành Tổng thống Bỉ.",
            None,
            &[("Pierre Dumont", "", "Tổng thống Bỉ", "--06-03")],
        ),
        (
            "... or after the move, in another sentence",
            "Chỉ vài tuần sau khi Halvorsen trở thành Thủ tướng, chính phủ mới đã công bố ngân sách. Ông Erik Halvorsen từng làm Bộ trưởng Tài chính.",
            None,
            &[("Erik Halvorsen", "", "Thủ tướng", "")],
        ),
        (
            "after a title, the family name takes the title's post",
            "Thủ tướng Canada Paul Martin phát biểu hôm qua. Ngay khi Thủ tướng Martin nhậm chức, Quốc hội đã họp phiên bất thường.",
            None,
            &[("Paul Martin", "", "Thủ tướng", "")],
        ),
        (
            "a foreign word alone that names no one in full is no person",
            "Sau đó Kessler được bổ nhiệm làm Giám đốc điều hành.",
            None,
            &[],
        ),
        (
            "a family name after a preposition is no subject",
            "Bà Anna Berg đã gặp ông John Keller. Quyết định của Keller bổ nhiệm làm Giám đốc gây bất ngờ.",
            None,
            &[],
        ),
        (
            "titles of foreign governments: a Chief Executive",
            "Sáng 1/7, lễ nhậm chức của tân Trưởng Đặc khu hành chính Hong Kong Lý Gia Siêu đã diễn ra tại trung tâm hội nghị.",
            None,
            &[("Lý Gia Siêu", "", "Trưởng Đặc khu hành chính Hong Kong", "--07-01")],
        ),
        (
            "titles of foreign governments: a Minister of State",
            "Thủ tướng Anh đã bổ nhiệm bà Jane Porter làm Quốc vụ khanh phụ trách châu Á.",
            None,
            &[("Jane Porter", "", "Quốc vụ khanh phụ trách châu Á", "")],
        ),
        (
            "the president-elect takes office as president",
            "Tổng thống Mỹ John Carter tới London hôm qua. Vài ngày trước khi nhậm chức, Tổng thống đắc cử Carter đã chỉ trích EU.",
            None,
            &[("John Carter", "", "Tổng thống", "")],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn names_that_run_on_and_moves_without_a_post() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "a particle inside a foreign name (bin, van der)",
            "Hoàng tử Khalid bin Farhan được chỉ định làm Bộ trưởng Năng lượng.",
            None,
            &[("Khalid bin Farhan", "", "Bộ trưởng Năng lượng", "")],
        ),
        (
            "two particles in a row",
            "Ông Pieter van der Berg tuyên thệ nhậm chức Thủ tướng Hà Lan ngày 4/9.",
            None,
            &[("Pieter van der Berg", "", "Thủ tướng Hà Lan", "--09-04")],
        ),
        (
            "a verb glued to a foreign name ('Nilssonđã') is not part of it",
            "Bà Karin Nilssonđã được bầu làm Chủ tịch Quốc hội Thụy Điển.",
            None,
            &[("Karin Nilsson", "", "Chủ tịch Quốc hội Thụy Điển", "")],
        ),
        (
            "a caption's credit runs into the next sentence: the name ends before it",
            "Ảnh: Lê Minh Trước đó, nguyên Giám đốc Sở Xây dựng Trần Quang Vinh đã được điều động làm Phó Chủ tịch UBND tỉnh Bình Định.",
            None,
            &[("Trần Quang Vinh", "Giám đốc Sở Xây dựng", "Phó Chủ tịch UBND tỉnh Bình Định", "")],
        ),
        (
            "a continent before a name is no part of it",
            "Cựu Chủ tịch Nghị viện châu Âu Hendrik Vos đã được bầu làm Chủ tịch Ủy ban kỷ luật của UEFA.",
            None,
            &[("Hendrik Vos", "Chủ tịch Nghị viện châu Âu", "Chủ tịch Ủy ban kỷ luật của UEFA", "")],
        ),
        (
            "appointed, in the passive, to no post named: the post the person holds",
            "Thẩm phán Laura Whitfield, 58 tuổi, được bổ nhiệm bởi Tổng thống Bill Clinton năm 1998.",
            None,
            &[("Laura Whitfield", "", "Thẩm phán", "1998")],
        ),
        (
            "... told before, under the person's title",
            "Giám đốc CIA Mark Holden đã ra điều trần trước Thượng viện. Holden, người được bổ nhiệm năm 2015, từ chối bình luận.",
            None,
            &[("Mark Holden", "", "Giám đốc CIA", "2015")],
        ),
        (
            "... but not the one who speaks about someone else's appointment",
            "Ông Trần Văn Sơn, Chánh Thanh tra Sở Nội vụ, cho biết lúc được bổ nhiệm thì ông Lê Văn Hà chưa có bằng cấp.",
            None,
            &[],
        ),
        (
            "... nor before a recap of what each held",
            "Trước khi được bầu, ông Lê Văn Hòa là Giám đốc Sở Tài chính.",
            None,
            &[],
        ),
        (
            "a name that opens with a word naming a body ('Trường', 'school')",
            "Năm 1946, đồng chí Trường Hải được cử làm Bí thư Xứ ủy Bắc Kỳ.",
            None,
            &[("Trường Hải", "", "Bí thư Xứ ủy Bắc Kỳ", "1946")],
        ),
        (
            "... but not the body itself",
            "Sáng nay, ông Nguyễn Văn Hòa thăm Trường Đại học Vinh và được bổ nhiệm làm Hiệu trưởng Trường Đại học Vinh.",
            None,
            &[("Nguyễn Văn Hòa", "", "Hiệu trưởng Trường Đại học Vinh", "")],
        ),
        (
            "a post marked as newly won after its title, then its holder",
            "Sáng nay, Tổng thống Chile mới đắc cử Gabriel Rojas đã gặp các lãnh đạo công đoàn.",
            None,
            &[("Gabriel Rojas", "", "Tổng thống Chile", "")],
        ),
        (
            "'trở lại' after a thing or a verb is 'again', no one's return",
            "Ông Lê Văn Minh, Giám đốc Công ty Đạm Hà Bắc, quyết tâm khởi động, hoạt động trở lại thành công Nhà máy đạm Hà Bắc.",
            None,
            &[],
        ),
        (
            "... nor when the ones who come back are workers",
            "Ông Đặng Văn Long, Chủ tịch Công đoàn Công ty Việt Thắng, cho biết: Năm nay hầu hết công nhân trở lại làm việc ngày khai xuân, bởi Công ty bố trí xe đưa đón.",
            None,
            &[],
        ),
        (
            "'bổ sung' adds a person named right after it",
            "Hội nghị nhất trí bổ sung ông Lê Văn Tâm, Giám đốc Sở Tư pháp, làm Ủy viên Ban Thường vụ Tỉnh ủy.",
            None,
            &[("Lê Văn Tâm", "Giám đốc Sở Tư pháp", "Ủy viên Ban Thường vụ Tỉnh ủy", "")],
        ),
        (
            "... but a supplementary inquiry adds no one",
            "Cơ quan điều tra đã hoàn tất kết luận điều tra bổ sung, đề nghị truy tố Trần Văn Khải về tội tham ô tài sản tại Tổng công ty Sông Hồng.",
            None,
            &[],
        ),
        (
            "a pronoun that owns something stands for the one its sentence named first",
            "Thủ tướng Úc Tony Harper đã tới Jakarta, trong chuyến công du đầu tiên của ông kể từ khi nhậm chức thủ tướng.",
            None,
            &[("Tony Harper", "", "thủ tướng", "")],
        ),
        (
            "'the one appointed … is A': the person named after 'là', with the post he holds",
            "Trong khi chờ người được Tổng thống bổ nhiệm làm Bộ trưởng Năng lượng là thống đốc Rick Dalton, ông Lee tạm quyền.",
            None,
            &[("Rick Dalton", "thống đốc", "Bộ trưởng Năng lượng", "")],
        ),
        (
            "a post held concurrently, told right after the move, is part of it",
            "Ông Park Min-jun được bổ nhiệm làm Chánh Văn phòng Nhà Xanh. Ông Park Min-jun kiêm nhiệm Tổng thư ký Hội đồng Kinh tế.",
            None,
            &[(
                "Park Min-jun",
                "",
                "Chánh Văn phòng Nhà Xanh; Tổng thư ký Hội đồng Kinh tế",
                "",
            )],
        ),
        (
            "... but not a later move with its own date",
            "Tháng 3/2015, ông Vương Chí Cường được bổ nhiệm làm Thứ trưởng Bộ Thương mại, tháng 8/2018 kiêm nhiệm Chủ tịch Hội Hữu nghị Trung - Phi.",
            None,
            &[
                ("Vương Chí Cường", "", "Thứ trưởng Bộ Thương mại", "2015-03"),
                ("Vương Chí Cường", "Thứ trưởng Bộ Thương mại", "Chủ tịch Hội Hữu nghị Trung - Phi", "2018-08"),
            ],
        ),
        (
            "one move told twice, once with the country's full name",
            "Ông Carlos Mendes nhậm chức Tổng thống Cabo Verde. Ngày 20/5, ông Carlos Mendes nhậm chức Tổng thống nước Cộng hòa Cabo Verde nhiệm kỳ 2021-2026.",
            None,
            &[("Carlos Mendes", "", "Tổng thống nước Cộng hòa Cabo Verde", "--05-20")],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn the_subject_of_a_time_clause() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "the object of a verb is not who took office in the time clause after it",
            "Chiều nay, Tổng thống Pháp sẽ bay tới Berlin để gặp Thủ tướng Đức Klaus Weber, giữ truyền thống của các tổng thống Pháp sau khi nhậm chức.",
            None,
            &[],
        ),
        (
            "the time clause right after its subject",
            "Dù Tổng thống Kenya William Otieno sau khi nhậm chức đã ký lệnh ân xá, phe đối lập vẫn biểu tình.",
            None,
            &[("William Otieno", "", "Tổng thống Kenya", "")],
        ),
        (
            "the subject that opens the sentence",
            "Bộ trưởng Quốc phòng Úc Mark Dalton có chuyến thăm Nhật Bản đầu tiên kể từ khi nhậm chức.",
            None,
            &[("Mark Dalton", "", "Bộ trưởng Quốc phòng Úc", "")],
        ),
        (
            "the one who speaks is not the one his words tell of, named after the move",
            "Ông Lê Văn Sơn, Phó Giám đốc Sở Nội vụ, cho biết, trước khi được bổ nhiệm giữ chức Phó trưởng phòng Tài chính huyện, ông Hồ Minh Hà từng làm kế toán.",
            None,
            &[("Hồ Minh Hà", "", "Phó trưởng phòng Tài chính huyện", "")],
        ),
        (
            "... who may tell of his own move",
            "Ông Lê Văn Sơn cho biết đã được bổ nhiệm làm Phó trưởng phòng Tài chính huyện từ tháng 3.",
            None,
            &[("Lê Văn Sơn", "", "Phó trưởng phòng Tài chính huyện", "--03")],
        ),
        (
            "a pronoun as the time clause's subject: the sentence's subject",
            "Tổng thống Chile Gabriel Rojas đã ban bố tình trạng khẩn cấp lần đầu tiên kể từ khi ông nhậm chức hôm 11/3.",
            None,
            &[("Gabriel Rojas", "", "Tổng thống Chile", "--03-11")],
        ),
        (
            "... but not when another is named between them",
            "Thủ tướng Úc Tony Harper là lãnh đạo nước ngoài đầu tiên gặp ông Rojas sau khi ông nhậm chức.",
            None,
            &[],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn relatives_exclamations_and_commas() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "the name after a relative's word and a post is the relative's",
            "Phu nhân Tổng thống Argentina diện đồ Carolina Herrera ngày chồng nhậm chức.",
            None,
            &[],
        ),
        (
            "... who may move, but never held that post",
            "Phu nhân Thủ tướng Canada Sophie Laurent được bổ nhiệm làm Chủ tịch Hội Chữ thập đỏ Canada.",
            None,
            &[("Sophie Laurent", "", "Chủ tịch Hội Chữ thập đỏ Canada", "")],
        ),
        (
            "a couple is no relative: the holder is among them",
            "Vợ chồng tân Tổng thống Chile Gabriel Rojas dự lễ diễu hành nhậm chức.",
            None,
            &[("Gabriel Rojas", "", "Tổng thống Chile", "")],
        ),
        (
            "'công bố tân …' is no father ('bố')",
            "CLB Valencia chuẩn bị công bố tân HLV trưởng Marcelino García.",
            None,
            &[("Marcelino García", "", "HLV trưởng", "")],
        ),
        (
            "a cue's post comes before any comma: 'vào' was the day's",
            "Chỉ hai ngày sau khi ông Lê Văn Hòa được bổ nhiệm vào hôm 17/5, Sở Tài chính đã bắt đầu kiểm tra.",
            None,
            &[],
        ),
        (
            "... while a cue after the comma still leads to the post",
            "Ông Lê Văn Hòa được bổ nhiệm vào ngày 17/5, thay ông Trần Minh, làm Giám đốc Sở Tài chính.",
            None,
            &[("Lê Văn Hòa", "", "Giám đốc Sở Tài chính", "--05-17")],
        ),
        (
            "a ballot ('phiếu bầu') elects no one",
            "Bà Mary Collins chỉ nhận được số phiếu bầu ủng hộ bằng với số phiếu chống, do đó, Phó Tổng thống Tom Reed, với vai trò là Chủ tịch Thượng viện, phải quyết định.",
            None,
            &[],
        ),
        (
            "a show's name ('The Voice Kids') is no person",
            "Người mẫu Thùy Linh đảm nhận vai trò HLV trong The Face mùa này.",
            None,
            &[],
        ),
        (
            "'thay' closing an exclamation replaces no one",
            "Ảnh thứ hai là cảnh Lee Joon-ho điều tra tội phạm Trớ trêu thay, trong khi Lee Joon-ho luôn bảo vệ lẽ phải thì tình địch của anh lại là con trai chủ tịch một tập đoàn lớn.",
            None,
            &[],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn long_lower_case_names() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "a long lower-case name that runs to the end of its clause is whole",
            "Ông Lê Văn Hòa được bổ nhiệm làm Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình giao thông; ông Trần Minh làm Phó Giám đốc.",
            None,
            &[
                ("Lê Văn Hòa", "", "Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình giao thông", ""),
                ("Trần Minh", "", "Phó Giám đốc", ""),
            ],
        ),
        (
            "... 'và' inside it included",
            "Bà Nguyễn Thu Hà được bổ nhiệm làm Phó cục trưởng Cục kỹ thuật an toàn và môi trường công nghiệp.",
            None,
            &[("Nguyễn Thu Hà", "", "Phó cục trưởng Cục kỹ thuật an toàn và môi trường công nghiệp", "")],
        ),
        (
            "... even past ten lower-case words, a board named by its whole remit",
            "Bà Đỗ Thị Lan được giao làm Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh; ông Trần Minh nghỉ hưu.",
            None,
            &[(
                "Đỗ Thị Lan",
                "",
                "Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh",
                "",
            )],
        ),
        (
            "... up to 'và' and a verb, which start the next clause",
            "Ông Lê Văn Hòa được bổ nhiệm làm Trưởng phòng kế hoạch tài chính và được giao phụ trách công tác thi đua.",
            None,
            &[("Lê Văn Hòa", "", "Trưởng phòng kế hoạch tài chính", "")],
        ),
        (
            "a capitalised name is not run on by 'và' and lower-case words",
            "Ông Lê Văn Hòa được bổ nhiệm làm Giám đốc Sở Tài chính và phụ trách công tác thi đua khen thưởng.",
            None,
            &[("Lê Văn Hòa", "", "Giám đốc Sở Tài chính", "")],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn the_title_a_person_is_named_by() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "the title the article names him by is the post he takes, not one he held",
            "Thủ tướng Lê Minh Khải được Quốc hội bầu vào cương vị Thủ tướng Chính phủ nhiệm kỳ mới.",
            None,
            &[("Lê Minh Khải", "", "Thủ tướng Chính phủ", "")],
        ),
        (
            "... and its first words",
            "CLB Hải Phòng đã bổ nhiệm HLV Chu Đình Nghiêm làm HLV trưởng của đội.",
            None,
            &[("Chu Đình Nghiêm", "", "HLV trưởng", "")],
        ),
        (
            "another title is the one held before",
            "Giám đốc Sở Tài chính Lê Văn Hòa được bổ nhiệm làm Phó Chủ tịch UBND tỉnh.",
            None,
            &[("Lê Văn Hòa", "Giám đốc Sở Tài chính", "Phó Chủ tịch UBND tỉnh", "")],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn names_after_a_word_of_trade_and_ranked_posts() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "a one-word country after 'bà' opens a foreign given name",
            "Hội đồng thành phố bầu bà Georgia Lindqvist làm Chủ tịch Ủy ban Văn hóa.",
            None,
            &[("Georgia Lindqvist", "", "Chủ tịch Ủy ban Văn hóa", "")],
        ),
        (
            "... but after a royal title the country is the realm's",
            "Năm 2013, Quốc vương Qatar Tamim bin Hamad lên nắm quyền.",
            None,
            &[("Tamim bin Hamad", "", "Quốc vương Qatar", "2013")],
        ),
        (
            "a word of trade ('ca sĩ', 'đạo diễn') comes before a name",
            "Công ty du lịch Hải Âu bổ nhiệm ca sĩ Noo Phước Thịnh làm đại sứ thương hiệu. Bộ Du lịch bổ nhiệm đạo diễn Jordan Ellis làm Đại sứ du lịch.",
            None,
            &[
                ("Noo Phước Thịnh", "", "đại sứ thương hiệu", ""),
                ("Jordan Ellis", "", "Đại sứ du lịch", ""),
            ],
        ),
        (
            "a candidate named as such before the name does move",
            "Ứng cử viên Nguyễn Văn Mạnh đã trúng cử Chủ tịch Hội Nông dân tỉnh Nam Định.",
            None,
            &[("Nguyễn Văn Mạnh", "", "Chủ tịch Hội Nông dân tỉnh Nam Định", "")],
        ),
        (
            "a rank ('thứ hai') is part of the post, before its body or 'của'",
            "Bà Park Ji-yeon được chỉ định làm Phó Chủ tịch thứ hai của hội đồng này. Thủ tướng đã bổ nhiệm Quốc vụ khanh thứ nhất Bộ Ngoại thương Tom Reeve làm Bộ trưởng Y tế.",
            None,
            &[
                ("Park Ji-yeon", "", "Phó Chủ tịch thứ hai", ""),
                (
                    "Tom Reeve",
                    "Quốc vụ khanh thứ nhất Bộ Ngoại thương",
                    "Bộ trưởng Y tế",
                    "",
                ),
            ],
        ),
        (
            "a post is given ('được trao vị trí') or taken ('nhận vị trí')",
            "Cựu Thứ trưởng Ngoại giao Anna Berg được trao vị trí cố vấn an ninh của thủ tướng. Ông Kim Ho-sung nhận vị trí Tổng giám đốc Tập đoàn Hanbit vào tháng 5/2019.",
            None,
            &[
                ("Anna Berg", "Thứ trưởng Ngoại giao", "cố vấn an ninh", ""),
                ("Kim Ho-sung", "", "Tổng giám đốc Tập đoàn Hanbit", "2019-05"),
            ],
        ),
        (
            "'bị cáo' (the accused) names a person as 'ông' does ...",
            "Trong vụ án này, Trịnh Văn Hùng là cựu cán bộ công an tỉnh. Năm 2015, bị cáo Hùng được điều chuyển về Phòng Cảnh sát kinh tế.",
            None,
            &[("Trịnh Văn Hùng", "", "Phòng Cảnh sát kinh tế", "2015")],
        ),
        (
            "... but 'bị cáo buộc' (accused of) is no pronoun",
            "Ông Ngô Văn Sáu bị cáo buộc nhận hối lộ khi được bổ nhiệm làm Giám đốc Sở Xây dựng năm 2012.",
            None,
            &[("Ngô Văn Sáu", "", "Giám đốc Sở Xây dựng", "2012")],
        ),
        (
            "'khoảng', a count of time and 'chúng tôi' end a post",
            "Bà Helen Park trở thành Giám đốc Công ty Sao Mai khoảng 3 tháng trước. Ông Tạ Minh Khôi được bầu làm Hiệu trưởng Trường Đại học Trùng Khánh 3 năm trước. Ông Lý Văn Toàn về làm Hiệu trưởng Trường THCS Đông Hải chúng tôi từ năm 2015.",
            None,
            &[
                ("Helen Park", "", "Giám đốc Công ty Sao Mai", ""),
                ("Tạ Minh Khôi", "", "Hiệu trưởng Trường Đại học Trùng Khánh", ""),
                ("Lý Văn Toàn", "", "Hiệu trưởng Trường THCS Đông Hải", "2015"),
            ],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}

#[test]
fn lists_of_a_decision_and_names_by_their_title() {
    let cases: &[(&str, &str, Option<&str>, &[Want])] = &[
        (
            "a dash opens each item of a list after ':' or ';'",
            "Bộ trưởng Bộ Tư pháp bổ nhiệm có thời hạn các ông: - Hà Văn Lộc, chuyên viên chính, giữ chức Phó Vụ trưởng Vụ Pháp chế; - Tô Minh Đức, Hàm Vụ phó, giữ chức Phó Vụ trưởng Vụ Hợp tác quốc tế.",
            None,
            &[
                ("Hà Văn Lộc", "chuyên viên chính", "Phó Vụ trưởng Vụ Pháp chế", ""),
                ("Tô Minh Đức", "Hàm Vụ phó", "Phó Vụ trưởng Vụ Hợp tác quốc tế", ""),
            ],
        ),
        (
            "a colon right after the move word, then persons with their own honorific",
            "Giám đốc Sở Nội vụ quyết định điều động: + Bà Lưu Thị Hằng, chuyên viên Phòng Tổng hợp đến công tác tại Phòng Cải cách hành chính, kể từ ngày 3.4.2018; + Ông Vi Văn Sơn, chuyên viên Phòng Thanh tra đến công tác tại Phòng Công chức, kể từ ngày 3.4.2018.",
            None,
            &[
                ("Lưu Thị Hằng", "chuyên viên Phòng Tổng hợp", "Phòng Cải cách hành chính", "2018-04-03"),
                ("Vi Văn Sơn", "chuyên viên Phòng Thanh tra", "Phòng Công chức", "2018-04-03"),
            ],
        ),
        (
            "posts counted, then the persons after 'là', each with a post of his own",
            "Hội đồng quản trị Ngân hàng Đông Á đã bổ nhiệm 2 Phó Tổng giám đốc là ông Quách Văn Tài, Giám đốc Khối Bán lẻ, giữ chức vụ Phó Tổng giám đốc phụ trách bán lẻ, và ông Trịnh Thế Vinh, Giám đốc Khối Nguồn vốn giữ chức vụ Phó Tổng giám đốc phụ trách nguồn vốn.",
            None,
            &[
                ("Quách Văn Tài", "Giám đốc Khối Bán lẻ", "Phó Tổng giám đốc phụ trách bán lẻ", ""),
                ("Trịnh Thế Vinh", "Giám đốc Khối Nguồn vốn", "Phó Tổng giám đốc phụ trách nguồn vốn", ""),
            ],
        ),
        (
            "... or the post counted, after 'gồm:'",
            "Hội đồng nhân dân tỉnh đã bầu bổ sung hai Phó Chủ tịch UBND tỉnh gồm: ông Đàm Quang Huy, Giám đốc Sở Tài chính và bà Mã Thị Nguyệt, Giám đốc Sở Y tế.",
            None,
            &[
                ("Đàm Quang Huy", "Giám đốc Sở Tài chính", "Phó Chủ tịch UBND tỉnh", ""),
                ("Mã Thị Nguyệt", "Giám đốc Sở Y tế", "Phó Chủ tịch UBND tỉnh", ""),
            ],
        ),
        (
            "the person a post was held for ('cho cố Thủ tướng B') is not the one appointed",
            "Ông Hứa Đình Phong, 58 tuổi, từng làm thư ký cho cố Thủ tướng Phan Văn Khải, được chỉ định làm Trưởng ban Kinh tế.",
            None,
            &[("Hứa Đình Phong", "", "Trưởng ban Kinh tế", "")],
        ),
        (
            "initials written together ('H.R.', 'J.K.') open a name",
            "Tổng thống đã bổ nhiệm ông J.K. Morrison làm Cố vấn an ninh quốc gia.",
            None,
            &[("J.K. Morrison", "", "Cố vấn an ninh quốc gia", "")],
        ),
        (
            "'cách đây' (ago) ends a post",
            "Ông Daniel Weiss được bổ nhiệm làm Giám đốc CIA cách đây 3 năm.",
            None,
            &[("Daniel Weiss", "", "Giám đốc CIA", "")],
        ),
        (
            "a foreign family name after a state's title is a person, though never named in full",
            "Tổng thống Macri thăm Chile. Đây là chuyến công du đầu tiên của ông kể từ khi nhậm chức hôm 10/12.",
            Some("2016-02-01"),
            &[("Macri", "", "Tổng thống", "2015-12-10")],
        ),
        (
            "a name set off by commas after the post he holds, then 'làm tân' and the new post",
            "Tổng thống vừa chỉ định Thị trưởng thành phố Daegu, Choi Min-ho, làm tân Thủ tướng; ông Baek Sang-woo, cố vấn trong chiến dịch tranh cử của ông, làm Chánh Văn phòng Phủ Tổng thống.",
            None,
            &[
                ("Choi Min-ho", "Thị trưởng thành phố Daegu", "Thủ tướng", ""),
                ("Baek Sang-woo", "cố vấn", "Chánh Văn phòng Phủ Tổng thống", ""),
            ],
        ),
        (
            "... but a post then another person's name, in the passive, are two moves",
            "Sau đợt kỷ luật, ông Lạc Văn Tư được đưa về làm chuyên viên Phòng Kế hoạch, ông Diêm Văn Sáu làm chuyên viên Văn phòng Sở.",
            None,
            &[("Lạc Văn Tư", "", "chuyên viên Phòng Kế hoạch", "")],
        ),
        (
            "'trong trường hợp' (in case) tells a hypothesis",
            "Báo chí cho biết trong trường hợp câu lạc bộ bổ nhiệm ông Marco Ferri làm huấn luyện viên trưởng, ông sẽ mang theo hai trợ lý.",
            None,
            &[],
        ),
        (
            "a year of birth in parentheses before the posts in apposition",
            "Hội đồng nhân dân tỉnh đã bầu hai Phó Chủ tịch UBND tỉnh là ông Lò Văn Mạnh và bà Cầm Thị Hoa. Ông Lò Văn Mạnh (SN 1972) - Giám đốc Sở Nội vụ; bà Cầm Thị Hoa (sinh năm 1975) - Phó Bí thư Huyện ủy Mai Sơn.",
            None,
            &[
                ("Lò Văn Mạnh", "Giám đốc Sở Nội vụ", "Phó Chủ tịch UBND tỉnh", ""),
                ("Cầm Thị Hoa", "Phó Bí thư Huyện ủy Mai Sơn", "Phó Chủ tịch UBND tỉnh", ""),
            ],
        ),
        (
            "the post a person holds, then a comma and 'ông'; 'thông báo' ends a post",
            "Thủ tướng thông báo Viện trưởng Viện Nghiên cứu Kinh tế, ông Han Seung-woo được bổ nhiệm làm Bộ trưởng Tài chính.",
            None,
            &[("Han Seung-woo", "Viện trưởng Viện Nghiên cứu Kinh tế", "Bộ trưởng Tài chính", "")],
        ),
        (
            "... not a title inside a body's name, nor one the move word gives",
            "Theo Văn phòng Thủ tướng Nhật Bản, ông Sato Kenji đã được chỉ định làm Bộ trưởng Y tế. Sau khi ông Ota Hiroshi nhậm chức Thủ tướng Nhật Bản, bà Ota Yumiko xuất hiện lần đầu.",
            None,
            &[
                ("Sato Kenji", "", "Bộ trưởng Y tế", ""),
                ("Ota Hiroshi", "", "Thủ tướng Nhật Bản", ""),
            ],
        ),
        (
            "the date a lead opens with dates the decisions of the paragraphs after it",
            "Sáng 14/3, tại trụ sở Bộ Công Thương, lãnh đạo Bộ tổ chức lễ công bố quyết định về công tác cán bộ.\nDự buổi lễ có đại diện các vụ, cục. Ảnh: Minh Anh. Buổi lễ diễn ra trang trọng. Thứ trưởng đã trao quyết định bổ nhiệm ông Văn Đức Khải, Phó Vụ trưởng Vụ Pháp chế, giữ chức Vụ trưởng Vụ Pháp chế. Trước đó, ông Lâm Quốc Bảo đã được bổ nhiệm làm Cục trưởng Cục Xúc tiến thương mại.",
            Some("2019-03-20"),
            &[
                (
                    "Văn Đức Khải",
                    "Phó Vụ trưởng Vụ Pháp chế",
                    "Vụ trưởng Vụ Pháp chế",
                    "2019-03-14",
                ),
                ("Lâm Quốc Bảo", "", "Cục trưởng Cục Xúc tiến thương mại", ""),
            ],
        ),
        (
            "'trong nước' (domestic) inside a body's name is no end of the post",
            "Bà Hà Thị Lụa được bổ nhiệm giữ chức Phó Vụ trưởng Vụ Thị trường trong nước.",
            None,
            &[("Hà Thị Lụa", "", "Phó Vụ trưởng Vụ Thị trường trong nước", "")],
        ),
        (
            "relying on a body ('dựa vào') gives no one a post in it",
            "Sau khi nhậm chức, tân Thủ tướng Tanaka cho biết ông sẽ dựa vào Quốc hội Nhật Bản để cải cách.",
            None,
            &[("Tanaka", "", "Thủ tướng", "")],
        ),
        (
            "... but not a company's name after a board's title",
            "Ông Trịnh Văn Quyết được bầu giữ chức Chủ tịch HĐQT FlyBank thay ông Lạc Văn Nam.",
            None,
            &[("Trịnh Văn Quyết", "", "Chủ tịch HĐQT FlyBank", "")],
        ),
        (
            "a body pointed back to ('cơ quan này') is the one the sentence named before",
            "Bà Choi Min-ji, cựu quan chức thuộc Cơ quan Kiểm toán Quốc gia, được bổ nhiệm làm Phó Giám đốc cơ quan này.",
            None,
            &[(
                "Choi Min-ji",
                "",
                "Phó Giám đốc Cơ quan Kiểm toán Quốc gia",
                "",
            )],
        ),
        (
            "... and a body named in another sentence is left out",
            "Tập đoàn Sông Đà vừa họp đại hội cổ đông. Ông Đỗ Minh Khang được bổ nhiệm làm Tổng Giám đốc tập đoàn này.",
            None,
            &[("Đỗ Minh Khang", "", "Tổng Giám đốc", "")],
        ),
        (
            "a former post in apposition: 'nguyên là' …",
            "Ông Lê Văn Toàn, nguyên là Phó Giám đốc Sở Y tế tỉnh Nghệ An, được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Hà Tĩnh.",
            None,
            &[(
                "Lê Văn Toàn",
                "Phó Giám đốc Sở Y tế tỉnh Nghệ An",
                "Giám đốc Sở Y tế tỉnh Hà Tĩnh",
                "",
            )],
        ),
        (
            "... and 'cựu' (former)",
            "Bà Park Soo-min, cựu Thứ trưởng Bộ Tài chính, được chỉ định làm Bộ trưởng Thương mại.",
            None,
            &[(
                "Park Soo-min",
                "Thứ trưởng Bộ Tài chính",
                "Bộ trưởng Thương mại",
                "",
            )],
        ),
        (
            "... but not one set off before another name",
            "Cố vấn của ông Karl Weber, cựu Thị trưởng thành phố Munich, Hans Braun, cho biết ông Karl Weber đã nhậm chức Thủ tướng Đức hôm qua.",
            None,
            &[("Karl Weber", "", "Thủ tướng Đức", "")],
        ),
        (
            "a post held since a date ('kiêm nhiệm … từ ngày') or held on ('tiếp tục đảm nhiệm') is no move",
            "Ông Hồ Quang Minh giữ cương vị Tổng Giám đốc SeaFinance từ năm 2014, đồng thời kiêm nhiệm chức vụ Thành viên Hội đồng quản trị SeaFinance từ ngày 3/2/2018. Ông Lý Thanh Phong tiếp tục đảm nhiệm vị trí Phó Tổng Giám đốc SeaFinance nhiệm kỳ mới.",
            None,
            &[],
        ),
        (
            "... but a decision that someone hold a post from a date is one",
            "Bộ Nội vụ vừa có quyết định phân công ông Đinh Văn Hòa, Thứ trưởng Bộ Nội vụ, kiêm nhiệm chức vụ Cục trưởng Cục Văn thư từ ngày 1/6/2019.",
            None,
            &[(
                "Đinh Văn Hòa",
                "Thứ trưởng Bộ Nội vụ",
                "Cục trưởng Cục Văn thư",
                "2019-06-01",
            )],
        ),
        (
            "... and so is the post taken when holding another on ('khi trở thành')",
            "Ông Kiều Minh Đức hiện là Giám đốc Sở Xây dựng và sẽ tiếp tục kiêm nhiệm chức vụ này khi trở thành Phó Chủ tịch UBND tỉnh Lào Cai.",
            None,
            &[(
                "Kiều Minh Đức",
                "Giám đốc Sở Xây dựng",
                "Phó Chủ tịch UBND tỉnh Lào Cai",
                "",
            )],
        ),
        (
            "the mark of a new post after a dash names the person before it",
            "Trong nội các mới có bà Claire Dubois – tân Bộ trưởng Văn hóa Pháp.",
            None,
            &[("Claire Dubois", "", "Bộ trưởng Văn hóa Pháp", "")],
        ),
        (
            "a successor takes the post of the predecessor 'kế nhiệm' names",
            "Năm 2011, ông Jan Kowalski kế nhiệm Tổng thống Piotr Nowak. HLV Erik Larsen là ứng viên thay thế HLV Tom Berg.",
            None,
            &[("Jan Kowalski", "", "Tổng thống", "2011")],
        ),
        (
            "an ambassador's post names the country it is posted to ('tại'), other posts do not",
            "Ông Đỗ Minh Tâm được bổ nhiệm làm Đại sứ Việt Nam tại Chile. Bà Lê Thu Hà được bổ nhiệm làm Giám đốc Bệnh viện Bạch Mai tại Hà Nội.",
            None,
            &[
                ("Đỗ Minh Tâm", "", "Đại sứ Việt Nam tại Chile", ""),
                ("Lê Thu Hà", "", "Giám đốc Bệnh viện Bạch Mai", ""),
            ],
        ),
        (
            "'các' (the plural) inside a body's name that goes on to a capitalised word",
            "Ông Trịnh Quốc Bảo được bổ nhiệm giữ chức Phó Vụ trưởng Vụ Quản lý các quỹ và Tài sản công.",
            None,
            &[(
                "Trịnh Quốc Bảo",
                "",
                "Phó Vụ trưởng Vụ Quản lý các quỹ và Tài sản công",
                "",
            )],
        ),
        (
            "'bà Keller' is the woman called 'bà' before, not her husband named after her",
            "Bà Anna Keller tuyên thệ nhậm chức dưới sự chứng kiến của chồng bà Markus Keller. Quốc hội Áo đã bỏ phiếu giúp bà Keller trở thành Bộ trưởng Y tế.",
            None,
            &[("Anna Keller", "", "Bộ trưởng Y tế", "")],
        ),
        (
            "the date a report is given on ('… cho biết ngày 7/3/2019.') dates no move",
            "Bộ Y tế vừa công bố quyết định về công tác cán bộ, Cổng thông tin của Bộ cho biết ngày 7/3/2019. Theo đó, ông Hà Văn Khải được bổ nhiệm giữ chức Vụ trưởng Vụ Pháp chế.",
            None,
            &[("Hà Văn Khải", "", "Vụ trưởng Vụ Pháp chế", "")],
        ),
        (
            "a move someone is getting ready for ('chuẩn bị') is not made",
            "Khi đó, ông Lê Văn Toàn đang là Phó Giám đốc Sở Y tế, chuẩn bị lên chức Giám đốc Sở. Liên đoàn bóng đá Bỉ chuẩn bị bổ nhiệm ông Jan Peeters làm huấn luyện viên trưởng.",
            None,
            &[],
        ),
        (
            "a move told 'cách đây' (ago) takes no date from the sentence before",
            "Chiều 3/8, Bộ Tư pháp Mỹ thông báo đã miễn nhiệm ông Harold Finch. Ông Harold Finch, 61 tuổi, được bổ nhiệm làm Tổng chưởng lý bang Ohio cách đây 6 năm.",
            None,
            &[("Harold Finch", "", "Tổng chưởng lý bang Ohio", "")],
        ),
        (
            "a date after the mark of a new post is not the move's ...",
            "Ông Mark Verhoeven nhậm chức Thủ tướng Hà Lan sau cuộc bầu cử. Tuần qua, tân Thủ tướng Mark Verhoeven đã hội đàm với Thủ tướng Đức tại Berlin ngày 4/6.",
            None,
            &[("Mark Verhoeven", "", "Thủ tướng Hà Lan", "")],
        ),
        (
            "... but a date that opens the sentence may be",
            "Bộ Chính trị đã phân công ông Nguyễn Hữu Lộc giữ chức Bí thư Tỉnh ủy Quảng Nam. Chiều 12/4, tỉnh Quảng Nam đã đón tân Bí thư Tỉnh ủy Nguyễn Hữu Lộc.",
            None,
            &[("Nguyễn Hữu Lộc", "", "Bí thư Tỉnh ủy Quảng Nam", "--04-12")],
        ),
        (
            "a lead whose date comes right before its move word dates the moves told after it",
            "Thủ tướng Canada Paul Tremblay ngày 20/9 đã bổ nhiệm ba bộ trưởng mới.\nĐây là lần cải tổ nội các đầu tiên của ông. Giới quan sát cho rằng đây là một bước đi thận trọng. Theo Văn phòng Thủ tướng, bà Anne Gagnon đã được bổ nhiệm làm Bộ trưởng Y tế. Ông Luc Bouchard được chỉ định làm Bộ trưởng Giao thông.",
            Some("2021-09-21"),
            &[
                ("Anne Gagnon", "", "Bộ trưởng Y tế", "2021-09-20"),
                ("Luc Bouchard", "", "Bộ trưởng Giao thông", "2021-09-20"),
            ],
        ),
        (
            "'TP' before a city's name is the city, no 'Trưởng phòng'",
            "Sau khi tiếp nhận đơn thư của người dân về căn nhà được cho là của ông Lục Văn Hòa, Giám đốc Sở Xây dựng tỉnh Lào Cai, tại phường Kim Tân (TP Lào Cai) tỉnh đã vào cuộc.",
            None,
            &[],
        ),
        (
            "a capitalised run after 'ở' or 'tại' is a place, not the person 'ông' points to",
            "Ông Trần Quang Vinh học luật tại Đại học Whitman ở Walla Walla, Washington. Ông được bổ nhiệm vào vị trí thẩm phán liên bang năm 2011.",
            None,
            &[("Trần Quang Vinh", "", "thẩm phán liên bang", "2011")],
        ),
        (
            "a caption's credit after a dash is no part of the post",
            "Ông Lê Minh Tâm được phân công giữ chức Bí thư Tỉnh ủy Gia Lai - Nguồn ảnh: Báo Gia Lai",
            None,
            &[("Lê Minh Tâm", "", "Bí thư Tỉnh ủy Gia Lai", "")],
        ),
        (
            "posts only counted ('nhiều vị trí quan trọng') name no post",
            "Bà Hélène Marchand được bầu vào Thượng viện năm 2004. Bà đã đảm nhiệm nhiều vị trí quan trọng trong các ủy ban của Quốc hội.",
            None,
            &[("Hélène Marchand", "", "Thượng viện", "2004")],
        ),
        (
            "... but posts listed after them are named",
            "Ông Vũ Hữu Phước lần lượt đảm nhiệm các chức vụ quan trọng như: Phó Giám đốc Sở Tư pháp, Giám đốc Sở Nội vụ.",
            None,
            &[
                ("Vũ Hữu Phước", "", "Phó Giám đốc Sở Tư pháp", ""),
                ("Vũ Hữu Phước", "Phó Giám đốc Sở Tư pháp", "Giám đốc Sở Nội vụ", ""),
            ],
        ),
        (
            "'báo cáo' (to report) after a post ends it",
            "Ông Đào Văn Mạnh, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy báo cáo tình hình với Thường trực Tỉnh ủy. Sau đó, ông Đào Văn Mạnh được bổ nhiệm làm Trưởng ban Dân vận Tỉnh ủy.",
            None,
            &[("Đào Văn Mạnh", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "Trưởng ban Dân vận Tỉnh ủy", "")],
        ),
        (
            "posts taken in turn ('lần lượt') are moves one after another, each from the one before",
            "Từ năm 2005, bà Lò Thị Mai lần lượt được bổ nhiệm giữ các chức Phó Giám đốc Sở Y tế, Giám đốc Sở Y tế và Phó Chủ tịch UBND tỉnh Điện Biên.",
            None,
            &[
                ("Lò Thị Mai", "", "Phó Giám đốc Sở Y tế", "2005"),
                ("Lò Thị Mai", "Phó Giám đốc Sở Y tế", "Giám đốc Sở Y tế", ""),
                ("Lò Thị Mai", "Giám đốc Sở Y tế", "Phó Chủ tịch UBND tỉnh Điện Biên", ""),
            ],
        ),
        (
            "'một' (a, one) ends a post: what follows describes it",
            "Năm 2019, ông Đặng Quốc Bảo được bổ nhiệm làm Giám đốc một bệnh viện tư nhân.",
            None,
            &[("Đặng Quốc Bảo", "", "Giám đốc", "2019")],
        ),
        (
            "a post the person takes later is not the one held before an earlier move",
            "Tháng 1/2016, ông Vũ Minh Sơn được bầu vào Ban Bí thư. Đầu tháng 2/2016, ông được phân công làm Bí thư Tỉnh ủy Hưng Yên. Ngày 11/5, ông Vũ Minh Sơn thôi giữ chức Bí thư Tỉnh ủy Hưng Yên để nhận nhiệm vụ Phó Trưởng ban Tổ chức Trung ương.",
            None,
            &[
                ("Vũ Minh Sơn", "", "Ban Bí thư", "2016-01"),
                ("Vũ Minh Sơn", "", "Bí thư Tỉnh ủy Hưng Yên", "2016-02"),
                ("Vũ Minh Sơn", "Bí thư Tỉnh ủy Hưng Yên", "Phó Trưởng ban Tổ chức Trung ương", "--05-11"),
            ],
        ),
        (
            "'sở hữu' (owns) ends a post",
            "Ông Cao Đức Phát, Chủ tịch UBND tỉnh Sơn La sở hữu một căn nhà lớn. Năm 2010, ông Cao Đức Phát được bầu làm Phó Chủ tịch UBND tỉnh Sơn La.",
            None,
            &[("Cao Đức Phát", "Chủ tịch UBND tỉnh Sơn La", "Phó Chủ tịch UBND tỉnh Sơn La", "2010")],
        ),
        (
            "a life told after a decision ('sinh năm …, từng là …') names no appointee of it",
            "Ngày 3/4, Ban Thường vụ Tỉnh ủy Lào Cai trao quyết định điều động, phân công ông Lương Văn Hòa, Chánh Văn phòng Tỉnh ủy làm Bí thư Huyện ủy Bảo Thắng. Ông Lương Văn Hòa sinh năm 1970, từng là Phó Chánh Văn phòng, rồi là Chánh Văn phòng Tỉnh ủy.",
            None,
            &[("Lương Văn Hòa", "Chánh Văn phòng Tỉnh ủy", "Bí thư Huyện ủy Bảo Thắng", "--04-03")],
        ),
        (
            "the mark of a new post alone ('tân Tổng thống Chile') is of the one person named with that title",
            "Tổng thống Chile Gabriel Boric đã ký sắc lệnh về lương hưu. Quyết định đầu tiên của tân Tổng thống Chile khiến giới đầu tư lo ngại.",
            None,
            &[("Gabriel Boric", "", "Tổng thống Chile", "")],
        ),
        (
            "... with the title as the mark gives it when it says more ('tân HLV trưởng')",
            "Câu lạc bộ vừa bổ nhiệm tân HLV trưởng sau mùa giải thất vọng. HLV Carlo Rossi sẽ ra mắt vào tuần tới.",
            None,
            &[("Carlo Rossi", "", "HLV trưởng", "")],
        ),
        (
            "... but not of a holder of that title elsewhere, nor of any of them ('các tân tổng thống')",
            "Tổng thống Putin đã gửi điện mừng. Chính quyền của tân Tổng thống Hoa Kỳ chưa phản hồi. Tổng thống Mỹ Joe Biden phát biểu tại Nhà Trắng. Các tân tổng thống Mỹ thường ký nhiều sắc lệnh trong tuần đầu.",
            None,
            &[],
        ),
        (
            "a date of birth set off in the apposition ('sinh ngày …,') comes before the posts held",
            "Theo Quyết định, bổ nhiệm ông Nguyễn Hữu Tâm, sinh ngày 12/3/1974, Thành ủy viên, Bí thư Huyện ủy Mê Linh giữ chức vụ Giám đốc Sở Nội vụ từ ngày 1/8/2017.",
            None,
            &[("Nguyễn Hữu Tâm", "Thành ủy viên; Bí thư Huyện ủy Mê Linh", "Giám đốc Sở Nội vụ", "2017-08-01")],
        ),
        (
            "a unit to work at, then the post in it after a comma",
            "Bổ nhiệm ông Trịnh Văn Lực, Bí thư Huyện ủy Sóc Sơn đến nhận công tác tại Sở Giao thông vận tải, giữ chức vụ Giám đốc Sở Giao thông vận tải từ ngày 1/9/2017.",
            None,
            &[("Trịnh Văn Lực", "Bí thư Huyện ủy Sóc Sơn", "Giám đốc Sở Giao thông vận tải", "2017-09-01")],
        ),
        (
            "a post held now ('hiện đang đảm nhận') is not taken; 'bổ nhiệm chức' is a move word too",
            "Bà Vũ Thu Hà hiện đang đảm nhận cương vị Trưởng ban Thời sự. Bà Lê Minh Nguyệt được Tổng Giám đốc bổ nhiệm chức Phó Trưởng ban Thời sự vào ngày 3/7.",
            None,
            &[("Lê Minh Nguyệt", "", "Phó Trưởng ban Thời sự", "--07-03")],
        ),
        (
            "a post held before that is the new post abbreviated ('Sở TN&MT', 'TGĐ') is none",
            "Năm 2016, Giám đốc Sở TN&MT Phạm Văn Lộc được bổ nhiệm làm Giám đốc Sở Tài nguyên và Môi trường tỉnh Lào Cai. Ông Trần Hữu Hạnh, TGĐ Ngân hàng Phương Đông cho biết. Ngày 3/7, ông Trần Hữu Hạnh được bổ nhiệm làm Tổng giám đốc Ngân hàng Phương Đông.",
            None,
            &[
                ("Phạm Văn Lộc", "", "Giám đốc Sở Tài nguyên và Môi trường tỉnh Lào Cai", "2016"),
                ("Trần Hữu Hạnh", "", "Tổng giám đốc Ngân hàng Phương Đông", "--07-03"),
            ],
        ),
        (
            "the one replaced, named right before a move word of going to other work, is the one who goes ('thay ông X đến nhận nhiệm vụ là B'), from the post he leaves",
            "Ngày 6/3, Ban Thường vụ Thành ủy Huế đã công bố quyết định điều động ông Lê Văn Khánh (Phó Chủ tịch UBND thành phố) đến giữ chức Trưởng ban Dân vận Thành ủy thay ông Hồ Quang Minh đến nhận nhiệm vụ là Bí thư Quận ủy Phú Xuân.",
            None,
            &[
                ("Lê Văn Khánh", "Phó Chủ tịch UBND thành phố", "Trưởng ban Dân vận Thành ủy", "--03-06"),
                ("Hồ Quang Minh", "Trưởng ban Dân vận Thành ủy", "Bí thư Quận ủy Phú Xuân", "--03-06"),
            ],
        ),
        (
            "a subject of many named by what they are ('Rất nhiều cựu cầu thủ được bổ nhiệm …') moves no one the sentence names",
            "Người đại diện Mino Raiola không ưa các lãnh đạo kiểu cũ: “Rất nhiều cựu cầu thủ được bổ nhiệm làm giám đốc điều hành, giám đốc thể thao”.",
            None,
            &[],
        ),
        (
            "'thay vì' (instead of) replaces no one",
            "Theo ông Trần Quốc Bảo, công ty nên chọn người trẻ thay vì những thành viên hội đồng quản trị cũ.",
            None,
            &[],
        ),
        (
            "a full stop after a unit's abbreviation ends the sentence before a word that opens one ('TP. Sắp tới')",
            "Ông Phạm Văn Đông được phân công làm Bí thư Thành ủy TP. Sắp tới, đoàn sẽ họp để bầu trưởng đoàn mới.",
            None,
            &[("Phạm Văn Đông", "", "Bí thư Thành ủy TP", "")],
        ),
        (
            "'bằng một …' (by means of) ends a post",
            "Ông Lê Hoàng Nam đắc cử Chủ tịch Hội Nông dân tỉnh bằng một lá phiếu chênh lệch.",
            None,
            &[("Lê Hoàng Nam", "", "Chủ tịch Hội Nông dân tỉnh", "")],
        ),
        (
            "the one a thing is sent up to ('trình Quốc thư lên Chủ tịch nước A') is not the subject of the move after it",
            "Chiều 2/10, ông Kari Kahiluoto đã trình Quốc thư lên Chủ tịch nước Nguyễn Xuân Phúc nhân dịp được bổ nhiệm làm Đại sứ Phần Lan tại Việt Nam.",
            None,
            &[("Kari Kahiluoto", "", "Đại sứ Phần Lan tại Việt Nam", "--10-02")],
        ),
        (
            "the pronoun of a time clause ('trước thời điểm ông nhậm chức') stands for its sentence's subject, not for someone named in the sentence before",
            "Người phát ngôn Bộ Ngoại giao Lê Hải Bình trả lời câu hỏi của phóng viên. Tổng thống Philippines Rodrigo Duterte đã hủy các hợp đồng được ký trước thời điểm ông nhậm chức.",
            None,
            &[("Rodrigo Duterte", "", "Tổng thống Philippines", "")],
        ),
        (
            "a post won, marked after its title, with its country between the mark and the holder ('Tổng thống đắc cử Hàn Quốc A')",
            "Tổng thống đắc cử Hàn Quốc Moon Jae-in đã từ chức Chủ tịch đảng Dân chủ Đồng hành hôm 9/5.",
            None,
            &[("Moon Jae-in", "", "Tổng thống Hàn Quốc", "")],
        ),
        (
            "two acronyms after a title are its body and place, not a foreign name ('Giám đốc ĐHQG TP.HCM')",
            "Thủ tướng đã bổ nhiệm ông Lê Văn Tám giữ chức Giám đốc ĐHQG TP.HCM từ ngày 1/7.",
            None,
            &[("Lê Văn Tám", "", "Giám đốc ĐHQG TP.HCM", "--07-01")],
        ),
        (
            "the one replaced ('thay thế ông X, Trưởng khoa …'), his post set off after his name, named right before a move word of going to other work, is the one who goes",
            "Sáng 3/4, Giám đốc Sở Y tế đã ký quyết định cử bà Trần Thị Mai làm Trưởng khoa Nội, thay thế ông Lê Văn Hòa, Trưởng khoa Nội nhận nhiệm vụ mới tại cương vị Phó Giám đốc Bệnh viện tỉnh.",
            None,
            &[
                ("Trần Thị Mai", "", "Trưởng khoa Nội", "--04-03"),
                ("Lê Văn Hòa", "Trưởng khoa Nội", "Phó Giám đốc Bệnh viện tỉnh", "--04-03"),
            ],
        ),
        (
            "after an opening 'Trước khi <move>,', the post or unit of the main clause's subject is one held before, not the move's",
            "Trước khi về nhận nhiệm vụ mới tại Cần Thơ, ông Trần Văn Lâm giữ chức vụ Phó Chánh Văn phòng Bộ Tài chính. Trước khi chuyển sang Viettel, anh Lê Minh Đức làm việc tại Tập đoàn FPT.",
            None,
            &[],
        ),
        (
            "a post still held ('vẫn đảm nhiệm vai trò A') is not taken; 'cả hai đều trở thành' moves a pair, no one the sentence names last",
            "Dù quỹ đầu tư đã nắm quyền điều hành công ty mỹ phẩm, bà Lê Thu Hà vẫn đảm nhiệm vai trò giám đốc sáng tạo. Sau nhiều năm làm việc cho các hãng Việt Tiến, May 10 và Phạm Hùng Cường, cả hai đều trở thành giám đốc thiết kế của hãng thời trang Nhà Bè.",
            None,
            &[],
        ),
        (
            "'thay vào đó' (instead) replaces no one",
            "Bà Lê Thị Hoa cho biết báo chí phớt lờ buổi họp, thay vào đó các câu hỏi chỉ xoay quanh việc sa thải giám đốc công ty.",
            None,
            &[],
        ),
        (
            "a naming verb, the post held and the name, then the bodies joined ('tham gia Ban Chấp hành …') and the post taken",
            "Ngày 3-4, Ban Bí thư đã chỉ định Thứ trưởng Bộ Tài chính Lê Văn Hòa tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy Lạng Sơn.",
            None,
            &[("Lê Văn Hòa", "Thứ trưởng Bộ Tài chính", "Phó Bí thư Tỉnh ủy Lạng Sơn", "--04-03")],
        ),
        (
            "a wish to become ('muốn trở thành', 'ước mơ trở thành') is no move; 'Mong muốn của ông khi được bổ nhiệm …' still tells one",
            "Ông Lê Công Vinh muốn trở thành Chủ tịch Liên đoàn Bóng đá Việt Nam. Cô bé Lê Thị Hằng luôn ấp ủ ước mơ vượt qua kỳ thi công chức để trở thành một kế toán viên. Cựu danh thủ Phạm Văn Quyến bày tỏ mong muốn trở thành Chủ tịch Liên đoàn Bóng đá Việt Nam một ngày nào đó. Mong muốn của ông Trần Văn Nam khi được bổ nhiệm Phó Hiệu trưởng Trường Đại học Vinh là đổi mới cách dạy.",
            None,
            &[("Trần Văn Nam", "", "Phó Hiệu trưởng Trường Đại học Vinh", "")],
        ),
        (
            "a move told as the time after which the news happens ('Sau khi Tổng thống X nhậm chức, …') takes no date from the article's opening",
            "Ngày 12/3, Bộ Công Thương họp về xuất khẩu gạo. Sau khi Tổng thống Philippines Rodrigo Duterte nhậm chức, các doanh nghiệp Việt Nam đẩy mạnh bán gạo sang Manila.",
            None,
            &[("Rodrigo Duterte", "", "Tổng thống Philippines", "")],
        ),
        (
            "a move told since when ('kể từ khi nhậm chức, hôm 14/3, …') takes no date the comma sets off: it is the main clause's",
            "Sau khi gặp nhiều nhà đầu tư kể từ khi nhậm chức, hôm 14/3, Thủ tướng Anh Theresa May mới tới thăm Ấn Độ.",
            None,
            &[("Theresa May", "", "Thủ tướng Anh", "")],
        ),
        (
            "a score ('chiến thắng 3-1') is no date",
            "Đà Nẵng bổ nhiệm HLV Lê Huỳnh Đức, và ngay trận ra mắt đội đã giành chiến thắng 3-1 trước Sông Lam Nghệ An.",
            None,
            &[("Lê Huỳnh Đức", "", "HLV Đà Nẵng", "")],
        ),
        (
            "the one after 'do' (by) who appoints is the agent, never the appointee",
            "Cựu Thống đốc Ngân hàng Trung ương Smith do Thủ tướng Justin Trudeau bổ nhiệm làm đặc phái viên về khí hậu hồi tháng 3.",
            None,
            &[],
        ),
        (
            "the task of a title without its body ('giám sát cuộc điều tra …') is no part of the post",
            "Ngày 9/8, Bộ Tư pháp Mỹ bổ nhiệm ông John Smith làm công tố viên đặc biệt giám sát cuộc điều tra về các khoản tài trợ tranh cử.",
            None,
            &[("John Smith", "", "công tố viên đặc biệt", "--08-09")],
        ),
        (
            "a need ('cần bổ nhiệm') is no move made; a bare name after 'Ảnh:' is a photo's credit; a monarch's title before a common noun ('nữ hoàng thảm đỏ') is a figure of speech",
            "Nhiều ý kiến cho rằng Hà Nội FC cần bổ nhiệm ông Lê Văn Tám làm HLV trưởng. Ảnh: Trần Minh Hải được bổ nhiệm làm Giám đốc Sở Xây dựng từ tháng 3, ông Tám cho biết sẽ ưu tiên nhà ở xã hội. Ca sĩ Lê Thị Mai trở thành nữ hoàng thảm đỏ của tuần lễ thời trang.",
            None,
            &[],
        ),
        (
            "a move with its subject told as the time before the news ('vài ngày trước khi Tổng thống X nhậm chức') takes no date of the sentence",
            "Ngày 16/1, chỉ vài ngày trước khi Tổng thống Mỹ Donald Trump nhậm chức, Chủ tịch Cuba Raul Castro kêu gọi đối thoại.",
            None,
            &[("Donald Trump", "", "Tổng thống Mỹ", "")],
        ),
        (
            "a province of China ('Bí thư Liêu Ninh') is no part of the name after it; a caption's name run into itself ('Vương Dân Vương Dân') is one name",
            "Ngày 5/3, Bí thư Liêu Ninh Trần Cầu Phát được bầu làm Chủ nhiệm Ủy ban Nông nghiệp của Quốc hội Trung Quốc. Vương Dân Vương Dân rời chức Bí thư Cát Lâm ngày 4/5/2015 để nhận chức Phó Chủ nhiệm Ủy ban Tài chính của Quốc hội Trung Quốc.",
            None,
            &[
                ("Trần Cầu Phát", "Bí thư Liêu Ninh", "Chủ nhiệm Ủy ban Nông nghiệp của Quốc hội Trung Quốc", "--03-05"),
                ("Vương Dân", "Bí thư Cát Lâm", "Phó Chủ nhiệm Ủy ban Tài chính của Quốc hội Trung Quốc", "2015-05-04"),
            ],
        ),
        (
            "a post ends before 'chỉ sau' (only after), and before a unit pointed back to ('huyện này'), but not inside the name before it ('Hạ tầng')",
            "Đến tháng 3/2016, ông Lê Văn Tám được bổ nhiệm giữ chức Phó trưởng Phòng Kinh tế và Hạ tầng huyện này. Bà Trần Thị Mai được bổ nhiệm làm Phó trưởng phòng TCKH chỉ sau 6 tháng công tác.",
            None,
            &[
                ("Lê Văn Tám", "", "Phó trưởng Phòng Kinh tế và Hạ tầng", "2016-03"),
                ("Trần Thị Mai", "", "Phó trưởng phòng TCKH", "2016-03"),
            ],
        ),
        (
            "the mark of a new post ('tân Chủ tịch … A') belongs to the name after its post, not to one after 'cho' later in the sentence",
            "Tân Chủ tịch UBND tỉnh Quảng Nam Lê Văn Tám đã chỉ đạo tạo điều kiện cho ông Trần Văn Nam, cựu Giám đốc Sở Xây dựng.",
            None,
            &[("Lê Văn Tám", "", "Chủ tịch UBND tỉnh Quảng Nam", "")],
        ),
        (
            "lower-case words an acronym in parentheses spells out are the title's ('Giám đốc hoạt động (COO)')",
            "Năm 2019, bà Lê Thị Hoa được bổ nhiệm làm Giám đốc hoạt động (COO) của Tiki.",
            None,
            &[("Lê Thị Hoa", "", "Giám đốc hoạt động (COO) của Tiki", "2019")],
        ),
        (
            "the date of a post once held ('từng là Đại sứ … hồi năm 2005') dates no move of the sentence after it",
            "Ông Lê Văn Tám từng là Đại sứ Việt Nam tại Nhật Bản hồi năm 2005. Trong khi đó, cựu Bộ trưởng Trần Văn Nam được chọn làm đặc phái viên của Chủ tịch nước.",
            None,
            &[("Trần Văn Nam", "Bộ trưởng", "đặc phái viên", "")],
        ),
        (
            "'làm việc với' a body (to work with it) gives no post to an appointment named before it",
            "Liên quan đến việc bổ nhiệm ông Lê Văn Tám, ngày 3/4, đoàn kiểm tra của Bộ Nội vụ đã làm việc với UBND tỉnh Quảng Ngãi.",
            None,
            &[],
        ),
        (
            "a thing sent to someone ('được chuyển về cho người đứng đầu') moves no one",
            "Đại biểu Lê Văn Tám cho rằng trong thực tế doanh thu đều được chuyển về cho người đứng đầu công ty đa cấp.",
            None,
            &[],
        ),
        (
            "a post held for a length of time ('Trong suốt 5 năm đảm nhiệm cương vị …') is no move",
            "Trong suốt 5 năm đảm nhiệm cương vị Tổng giám đốc, những quyết định của bà Lê Thị Hoa đã giúp công ty có lãi.",
            None,
            &[],
        ),
        (
            "a pronoun that leads its sentence goes on with the person named before it; the others that sentence names are not its subject",
            "Sau khi bà Park Geun-hye bị phế truất, ông Moon Jae-in ra tranh cử. Ông thắng cử với 41% số phiếu, bỏ xa ông Hong Joon-pyo. Ngày 10/5, ông tuyên thệ nhậm chức Tổng thống Hàn Quốc.",
            None,
            &[("Moon Jae-in", "", "Tổng thống Hàn Quốc", "--05-10")],
        ),
        (
            "a family name first stands for the full name ('ông Tập' of 'Tập Cận Bình') when no name ends with it",
            "Ông Tập Cận Bình sinh năm 1953 tại Bắc Kinh. Ngày 15/11/2012, ông Tập được bầu làm Tổng Bí thư Đảng Cộng sản Trung Quốc.",
            None,
            &[("Tập Cận Bình", "", "Tổng Bí thư Đảng Cộng sản Trung Quốc", "2012-11-15")],
        ),
        (
            "', người sau này là A' says what someone else became later: no move of the subject, no earlier post",
            "Năm 1982, ông Lê Văn Tám trở thành bạn của ông Trần Văn Nam, người sau này là Bộ trưởng Tư pháp. Năm 1990, ông Tám được bổ nhiệm làm Giám đốc Sở Tư pháp.",
            None,
            &[("Lê Văn Tám", "", "Giám đốc Sở Tư pháp", "1990")],
        ),
        (
            "the one a thing is done for ('cho người bạn A') is not the subject of the move after it",
            "Năm 2002, ông Lê Văn Tám nhận lời làm trợ lý cho người bạn Trần Văn Nam và sau đó trở thành Chánh văn phòng Bộ Tư pháp.",
            None,
            &[("Lê Văn Tám", "", "Chánh văn phòng Bộ Tư pháp", "2002")],
        ),
        (
            "an operation named after someone ('chiến dịch Paul Bunyan') is no person; 'không thể trở thành' denies the move",
            "Ông Lê Văn Tám từng tham gia chiến dịch Paul Bunyan năm 1976. Tuy vậy, ông không thể trở thành thẩm phán vì từng bị bắt.",
            None,
            &[],
        ),
        (
            "'bị cho là' (thought to) gives no post after it; the partner after 'với' is no new post",
            "Việc bổ nhiệm bà Kang Kyung-wha bị cho là đang gây căng thẳng trong quan hệ vốn không vững giữa tổng thống và quốc hội. Ngày 11/5, sau khi đắc cử và điện đàm với Chủ tịch Trung Quốc Tập Cận Bình, ông Moon Jae-in cử phái đoàn sang Bắc Kinh.",
            None,
            &[],
        ),
        (
            "'ông chủ' (the owner) in apposition is no pronoun",
            "Ông Lê Văn Tám, ông chủ công ty Him Lam, được bầu làm Chủ tịch Ngân hàng Bưu điện Liên Việt ngày 5/6.",
            None,
            &[("Lê Văn Tám", "", "Chủ tịch Ngân hàng Bưu điện Liên Việt", "--06-05")],
        ),
        (
            "a bare appointment takes the fullest title written before the name elsewhere ('Giám đốc' … 'Giám đốc FBI')",
            "Ngày 9/5, ông Donald Trump sa thải Giám đốc James Comey. Giám đốc FBI James Comey bị nhiều nghị sĩ chỉ trích. Ông Comey được bổ nhiệm hồi năm 2013.",
            None,
            &[("James Comey", "", "Giám đốc FBI", "2013")],
        ),
        (
            "'tân tổng thống' is not the one the document only calls former ('cựu Tổng thống A')",
            "Sau một năm bê bối quanh cựu Tổng thống Park Geun-hye, Nhà Xanh đã có chủ mới. Người cận vệ luôn đứng sau tân tổng thống được nhiều người chú ý.",
            None,
            &[],
        ),
        (
            "a country that takes a role ('ủng hộ Việt Nam trở thành thành viên …') moves no person",
            "Chủ tịch nước Lê Văn Tám cảm ơn Lào đã ủng hộ Việt Nam trở thành thành viên Hội đồng Nhân quyền Liên hợp quốc.",
            None,
            &[],
        ),
        (
            "a move told as a time since ('Kể từ khi đảm nhận … từ năm 2011') is dated by its own date, and is no post held since",
            "Kể từ khi đảm nhận vị trí CEO Apple từ năm 2011, Tim Cook đã giúp cổ phiếu của hãng tăng gấp ba.",
            None,
            &[("Tim Cook", "", "CEO Apple", "2011")],
        ),
        (
            "a move in a 'trước khi' clause with its subject takes a date after its post, in that clause",
            "Ông Mark Fields làm việc ở Ford từ năm 1989 và gắn bó với hãng rất lâu trước khi ông lên chức Giám đốc điều hành từ giữa năm 2014.",
            None,
            &[("Mark Fields", "", "Giám đốc điều hành", "2014")],
        ),
        (
            "a title's four lower-case words before 'của' and the one it serves are all kept ('cố vấn chính sách cao cấp')",
            "Năm 2017, bà Kang Kyung-wha trở thành cố vấn chính sách cao cấp của Tổng thư ký LHQ Antonio Guterres.",
            None,
            &[("Kang Kyung-wha", "", "cố vấn chính sách cao cấp", "2017")],
        ),
        (
            "'Đặc khu trưởng' (Chief Executive of Hong Kong) is a title, not the place type 'đặc khu' and a bare 'trưởng'",
            "Sáng 1/7/2022, tân Đặc khu trưởng Hong Kong Lý Gia Siêu tuyên thệ nhậm chức.",
            None,
            &[("Lý Gia Siêu", "", "Đặc khu trưởng Hong Kong", "2022-07-01")],
        ),
        (
            "'Tập' (Xi) is a surname; the pronoun of a time since stands for the one who owns what the sentence is about ('chuyến … của Chủ tịch A kể từ khi ông nhậm chức')",
            "Chuyến công du châu Phi lần này là chuyến đầu tiên của Chủ tịch Tập Cận Bình kể từ khi ông nhậm chức năm 2013.",
            None,
            &[("Tập Cận Bình", "", "Chủ tịch", "2013")],
        ),
        (
            "the object of a verb right before a time clause ('gặp gỡ ông B kể từ khi lên nhậm chức') is not its subject",
            "Tổng thống Nga Vladimir Putin hoan nghênh cuộc gặp. Hôm qua, ông Donald Trump lần đầu gặp gỡ ông Vladimir Putin kể từ khi lên nhậm chức.",
            None,
            &[],
        ),
        (
            "a pronoun that opens the main clause after a time clause ('sau khi nhậm chức …, ông …') is its subject, not a name later in the sentence",
            "Chênh lệch thương mại là vấn đề lớn với Tổng thống Donald Trump. Trong ngày đầu tiên sau khi nhậm chức tổng thống, ông rút Mỹ khỏi TPP, hiệp định mà Tổng thống George W. Bush khởi xướng.",
            None,
            &[("Donald Trump", "", "tổng thống", "")],
        ),
        (
            "'bà' stands for no one the document only calls 'ông'",
            "Bà Hồ Thị Kim Thoa sinh năm 1966. Chồng bà là ông Vũ Huy Hoàng, nguyên Bộ trưởng. Trước khi trở thành Thứ trưởng Bộ Công Thương năm 2010, bà làm Tổng giám đốc công ty Điện Quang.",
            None,
            &[("Hồ Thị Kim Thoa", "Tổng giám đốc công ty Điện Quang", "Thứ trưởng Bộ Công Thương", "2010")],
        ),
        (
            "a cue word that goes on a capitalised name is part of it ('xã Tân Thành' is no 'thành')",
            "Năm 2008, ông Lê Văn Tám được bầu làm Chủ tịch UBND xã Tân Thành.",
            None,
            &[("Lê Văn Tám", "", "Chủ tịch UBND xã Tân Thành", "2008")],
        ),
        (
            "a romanised name whose words look Vietnamese but for one ('Tan See Leng': no Vietnamese syllable is spelt 'see') is a name, not the end of the post",
            "Năm 2021, Bộ trưởng Nhân lực Tan See Leng được bổ nhiệm làm Bộ trưởng Công thương.",
            None,
            &[("Tan See Leng", "Bộ trưởng Nhân lực", "Bộ trưởng Công thương", "2021")],
        ),
        (
            "a relative clause set off by a dash after the one replaced ('thay cho ông B - người được điều động làm …') is that person's move",
            "Năm 2016, bà Ngô Thị Lan nhận chức Giám đốc Sở Y tế thay cho ông Phan Văn Tú - người được điều động làm Phó Chủ tịch UBND tỉnh.",
            None,
            &[
                ("Ngô Thị Lan", "", "Giám đốc Sở Y tế", "2016"),
                ("Phan Văn Tú", "", "Phó Chủ tịch UBND tỉnh", "2016"),
            ],
        ),
        (
            "the last word of a country ('Kong' of 'Hong Kong') is no family name, even when a person elsewhere bears it",
            "Doanh nhân Jackie Kong có mặt tại buổi lễ. Tân Đặc khu trưởng Hong Kong Carrie Lam tuyên thệ nhậm chức ngày 1/7/2017.",
            None,
            &[("Carrie Lam", "", "Đặc khu trưởng Hong Kong", "2017-07-01")],
        ),
        (
            "a family name written alone before the document gives the full name ('Bà Kang … Bà Kang Kyung-wha') is that full name",
            "Bà Kang được Tổng thống bổ nhiệm làm Bộ trưởng Ngoại giao Hàn Quốc. Bà Kang Kyung-wha năm nay 62 tuổi.",
            None,
            &[("Kang Kyung-wha", "", "Bộ trưởng Ngoại giao Hàn Quốc", "")],
        ),
        (
            "'Ngoại trưởng' and 'Bộ trưởng Ngoại giao' are one post: one record",
            "Ngày 20/6/2017, bà Kang Kyung-wha được bổ nhiệm làm Bộ trưởng Ngoại giao Hàn Quốc. Bà Kang Kyung-wha trở thành Ngoại trưởng Hàn Quốc ở tuổi 62.",
            None,
            &[("Kang Kyung-wha", "", "Bộ trưởng Ngoại giao Hàn Quốc", "2017-06-20")],
        ),
        (
            "a time clause after an owner named by a noun ('chuyến thăm đầu tiên của nhà lãnh đạo Mỹ kể từ khi nhậm chức') is not the speaker's move",
            "Trả lời báo giới, Ngoại trưởng Adel Al Jubeir cho biết, trong chuyến thăm đầu tiên của nhà lãnh đạo Mỹ kể từ khi nhậm chức vào tháng 1, hai nước sẽ ký nhiều thỏa thuận.",
            None,
            &[],
        ),
        (
            "a body of people that takes power ('quân đội Thái Lan lên nắm quyền') moves no person named before it",
            "Biểu tình kéo dài kể từ khi chính phủ của Thủ tướng Yingluck Shinawatra bị lật đổ và quân đội Thái Lan lên nắm quyền vào tháng 5/2014.",
            None,
            &[],
        ),
        (
            "the one replaced after a comma ('…, thay cho ông B') is no subject of the move before him",
            "Ông Phạm Quang Huy được bổ nhiệm làm Giám đốc Sở Tài chính, thay cho ông Đỗ Văn Hải nghỉ hưu.",
            None,
            &[("Phạm Quang Huy", "", "Giám đốc Sở Tài chính", "")],
        ),
        (
            "'sẽ' in what a decision says ('Theo đó, A sẽ trở thành B') is a move decided, not a plan",
            "Nội các mới được công bố hôm qua. Theo đó, Bộ trưởng Thương mại Tan Boon Hock sẽ trở thành Bộ trưởng Quốc phòng từ ngày 1/6/2022.",
            None,
            &[("Tan Boon Hock", "Bộ trưởng Thương mại", "Bộ trưởng Quốc phòng", "2022-06-01")],
        ),
        (
            "appointed by an agent named between 'được' and the verb ('người được Tổng thống B bổ nhiệm năm X'), to the post he is known by",
            "Giám đốc CIA Mike Pompeo, người được Tổng thống Donald Trump bổ nhiệm hồi tháng 1/2017, đã tới Seoul.",
            None,
            &[("Mike Pompeo", "", "Giám đốc CIA", "2017-01")],
        ),
        (
            "a removal after a comma ('…, đại hội cũng miễn nhiệm … đối với ông A') starts another act: A leaves, he is not the one elected",
            "Cùng với bầu bổ sung 2 thành viên, đại hội cũng miễn nhiệm chức vụ thành viên Hội đồng quản trị đối với ông Lý Văn Phúc.",
            None,
            &[],
        ),
        (
            "the source of a view ('Theo ông A, tân Giám đốc …') is no apposition of the new holder",
            "Theo ông Trần Văn Mạnh, tân Giám đốc Sở Tài chính cần sớm ổn định bộ máy.",
            None,
            &[],
        ),
        (
            "an aim ('với mục tiêu trở thành thẩm phán') is no move",
            "Bà Nguyễn Thị Lan theo học luật tại Pháp với mục tiêu trở thành thẩm phán.",
            None,
            &[],
        ),
        (
            "a relative clause with a word of time ('ông B, người đang lên làm …') tells of the one it follows",
            "Ông Park Hang-seo được mời thay cho ông Lê Thụy Hải, người đang lên làm Giám đốc kỹ thuật của câu lạc bộ.",
            None,
            &[("Lê Thụy Hải", "", "Giám đốc kỹ thuật", "")],
        ),
        (
            "'County' ends no person's name: it names a body ('Liên đoàn Birmingham County')",
            "Trọng tài Andre Marriner là thành viên của Liên đoàn Birmingham County. Ông trở thành trọng tài cấp FIFA từ năm 2009.",
            None,
            &[("Andre Marriner", "", "trọng tài cấp FIFA", "2009")],
        ),
        (
            "a pronoun in a clause of concession ('…, mặc dù ông nhận nhiệm vụ …') stands for the one person its sentence names",
            "Đại biểu Trần Văn Hùng phát biểu tại hội trường. Tôi thấy Bộ trưởng Lê Minh Hoan rất cố gắng, mặc dù ông nhận nhiệm vụ Bộ trưởng chưa lâu.",
            None,
            &[("Lê Minh Hoan", "", "Bộ trưởng", "")],
        ),
        (
            "'chính quyền Tổng thống A' is the administration: no acting post ('quyền Tổng thống')",
            "Cuộc tập trận diễn ra khi chính quyền Tổng thống Donald Trump vừa nhậm chức.",
            None,
            &[("Donald Trump", "", "Tổng thống", "")],
        ),
        (
            "the one who approves, named before an approving verb in the active voice ('Tổng thống A đã phê chuẩn …'), is no one approved",
            "Tổng thống Petro Poroshenko đã phê chuẩn danh sách trừng phạt các nghị sĩ Nga.",
            None,
            &[],
        ),
        (
            "a proposal approved ('phê chuẩn đề nghị của Thủ tướng về việc bổ nhiệm …') is a move decided, not a plan",
            "Chiều 12/11/2021, Quốc hội biểu quyết phê chuẩn đề nghị của Thủ tướng về việc bổ nhiệm ông Nguyễn Văn Sơn làm Bộ trưởng Bộ Công Thương.",
            None,
            &[("Nguyễn Văn Sơn", "", "Bộ trưởng Bộ Công Thương", "2021-11-12")],
        ),
        (
            "the agent of a passive named after the move ('chấp thuận người được Tổng thống A lựa chọn là ông B') is not the one approved (B, named after 'là', is not read yet either)",
            "Quốc hội Hàn Quốc đã chấp thuận người được Tổng thống Moon Jae-in lựa chọn là ông Lee Nak-yon làm Thủ tướng.",
            None,
            &[],
        ),
        (
            "'người được bầu chọn làm …' with no name before it is whoever is chosen, not someone the sentence names",
            "Ông Trần Minh Đức cho biết sẽ hợp tác với đạo diễn Lê Văn Nam, để tránh tình trạng đề cử thì rầm rộ nhưng sau đó người được bầu chọn làm đại sứ lại không hoạt động.",
            None,
            &[],
        ),
        (
            "the first to do something ('trở thành thủ tướng Anh đầu tiên đến thăm …') is a figure of speech, not a post taken",
            "Cuối năm 1982, Thủ tướng Anh Margaret Thatcher trở thành thủ tướng Anh đầu tiên đến thăm Bắc Kinh.",
            None,
            &[],
        ),
        (
            "… but the first holder of a post, with its date ('trở thành giám đốc FBI đầu tiên vào năm 1924'), took it",
            "Ông J. Edgar Hoover trở thành giám đốc FBI đầu tiên vào năm 1924.",
            None,
            &[("J. Edgar Hoover", "", "giám đốc FBI", "1924")],
        ),
        (
            "a post marked as just taken ('Tổng thống Pháp vừa nhậm chức A') names its holder, like 'mới nhậm chức'; the sentence's date is that of the meeting",
            "Chiều 25/5, Thủ tướng Ireland Enda Kenny hội đàm với Tổng thống Pháp vừa nhậm chức Emmanuel Macron tại Brussels.",
            None,
            &[("Emmanuel Macron", "", "Tổng thống Pháp", "")],
        ),
        (
            "a move told as the time before the news ('trước thời điểm ông nhậm chức') takes no date of the news, even when 'tân' names the post",
            "Ngày 30/5, tân Tổng thống Hàn Quốc Moon Jae-in ra lệnh kiểm tra các bệ phóng đã được đưa vào trước thời điểm ông nhậm chức.",
            None,
            &[("Moon Jae-in", "", "Tổng thống Hàn Quốc", "")],
        ),
        (
            "a move in a relative clause set off by commas ('…, nhân vật được ông B bổ nhiệm làm C, …') takes no date of the main clause",
            "Đầu tháng 3/2017, đến lượt Gary Cohn, nhân vật được ông Trump bổ nhiệm làm Giám đốc Hội đồng Kinh tế Quốc gia, lên tiếng về thuế nhập khẩu.",
            None,
            &[("Gary Cohn", "", "Giám đốc Hội đồng Kinh tế Quốc gia", "")],
        ),
        (
            "… but a date inside the relative clause is the move's",
            "Sáng 5/6, ông Lê Văn Hòa, người được bổ nhiệm làm Giám đốc Sở Y tế hôm 1/6, đã đến thăm Bệnh viện Đa khoa tỉnh.",
            None,
            &[("Lê Văn Hòa", "", "Giám đốc Sở Y tế", "--06-01")],
        ),
        (
            "the posts a person was given, named by what they are ('trên mọi cương vị được giao', 'nhiệm vụ được giao'), are no move",
            "Ông Phạm Quốc Bảo từng là Phó Tổng giám đốc. Trên mọi cương vị được giao như Thành viên HĐQT, Phó Tổng giám đốc, ông Bảo đều được cổ đông của Ngân hàng đánh giá cao.",
            None,
            &[],
        ),
        (
            "a foreign name cut at its hyphen in a caption ('Ông Miguel Diaz (trái)') is the hyphenated name the text gives",
            "Ông Miguel Diaz (trái) kế nhiệm ông Raul Castro làm Bí thư Thứ nhất Đảng Cộng sản Cuba. Sáng 19/4/2021, Đại hội bầu ông Miguel Diaz-Canel làm Bí thư Thứ nhất Đảng Cộng sản Cuba.",
            None,
            &[("Miguel Diaz-Canel", "", "Bí thư Thứ nhất Đảng Cộng sản Cuba", "2021-04-19")],
        ),
        (
            "the next holder ('đại sứ Mỹ kế tiếp tại Bắc Kinh'): the mark stays in the post, with where the mission is",
            "Thống đốc bang Utah Jon Huntsman, người được Tổng thống Obama chọn làm đại sứ Mỹ kế tiếp tại Bắc Kinh, đã lên đường nhận nhiệm sở.",
            None,
            &[("Jon Huntsman", "Thống đốc bang Utah", "đại sứ Mỹ kế tiếp tại Bắc Kinh", "")],
        ),
        (
            "a state of the United States is whole in a post ('Thống đốc bang South Carolina'), not the start of the governor's name",
            "Tổng thống Trump bổ nhiệm Thống đốc bang South Carolina Nikki Haley làm Đại sứ Mỹ tại Liên Hợp Quốc.",
            None,
            &[("Nikki Haley", "Thống đốc bang South Carolina", "Đại sứ Mỹ tại Liên Hợp Quốc", "")],
        ),
        (
            "the one who appointed, named by the post he held then ('được Bộ trưởng X khi đó là ông B bổ nhiệm'), is not the one appointed",
            "Giữa năm 2015, ông Vũ Đình Duy được Bộ trưởng Công thương khi đó là ông Hoàng Văn Minh bổ nhiệm làm Phó cục trưởng Cục Kỹ thuật an toàn.",
            None,
            &[("Vũ Đình Duy", "", "Phó cục trưởng Cục Kỹ thuật an toàn", "2015")],
        ),
        (
            "becoming someone's relative ('trở thành phu nhân của một CEO') is no post",
            "Từ một ca sĩ, Lý Mỹ Hoa vươn lên trở thành phu nhân của một CEO giàu có.",
            None,
            &[],
        ),
        (
            "what is received ('tiếp nhận thông tin', 'tiếp nhận 3 bệnh nhân') is no post",
            "Ông Nguyễn Văn Tâm, Giám đốc Trung tâm Y tế huyện cho biết: sau khi tiếp nhận thông tin, chúng tôi báo cáo ngay lên Ban chỉ đạo phòng chống dịch.",
            None,
            &[],
        ),
        (
            "… but a person received to work ('được tiếp nhận về làm …') moves",
            "Tháng 3/2018, ông Lê Văn Hòa được tiếp nhận về làm Phó Giám đốc Sở Y tế.",
            None,
            &[("Lê Văn Hòa", "", "Phó Giám đốc Sở Y tế", "2018-03")],
        ),
        (
            "'quay lại' before a clip or a quotation is filming, no return",
            "Theo lá đơn, căn phòng của ông Trần Văn Bình, Phó Giám đốc Trung tâm, là nơi quay lại \"clip\" trong nhiều tháng khi bà H. còn làm kế toán tại Trung tâm Y tế huyện Mường Lát.",
            None,
            &[],
        ),
        (
            "a title that ends in the kind of unit ('Phó Chủ tịch UBND tỉnh') before a full name is that person's, no second post of the list",
            "Ông Lê Văn Hòa được bổ nhiệm làm Giám đốc Sở Y tế, Phó Chủ tịch UBND tỉnh Nguyễn Văn Trì trao quyết định.",
            None,
            &[("Lê Văn Hòa", "", "Giám đốc Sở Y tế", "")],
        ),
        (
            "… but a unit of the register named like a person ('huyện Trần Văn Thời') is the post's",
            "Ông Lê Văn Hòa được bầu làm Chủ tịch UBND huyện Trần Văn Thời.",
            None,
            &[("Lê Văn Hòa", "", "Chủ tịch UBND huyện Trần Văn Thời", "")],
        ),
        (
            "a goal recognised ('… được công nhận do trọng tài …') and a trophy ('cúp Nhà vua') are no move and no post",
            "Cú đánh đầu của tiền đạo Diego Costa được công nhận do trọng tài không xem lại video, giúp đội nhà vào chung kết cúp Nhà vua.",
            None,
            &[],
        ),
        (
            "a comma closes a time clause ('Kể từ khi ông A đắc cử tổng thống Mỹ, Thủ tướng B …'): the post after it is of the main clause",
            "Kể từ khi ông Donald Trump đắc cử tổng thống Mỹ, Thủ tướng Hun Sen đã hai lần gửi thư cho ông.",
            None,
            &[("Donald Trump", "", "tổng thống Mỹ", "")],
        ),
        (
            "going back on a visit ('trở lại thăm nước Nga', 'quay trở lại Anh để theo học') is no return to a post",
            "Phó Chủ tịch nước Đặng Thị Ngọc Thịnh rất vui khi trở lại thăm nước Nga lần đầu tiên trên cương vị Phó Chủ tịch nước đúng dịp Quốc khánh Nga.",
            None,
            &[],
        ),
        (
            "… but going back to a country to take a post ('trở lại Việt Nam làm …') is a move",
            "Sau 3 năm ở Seoul, ông Lê Văn Hòa trở lại Việt Nam làm Tổng giám đốc Công ty Samsung Việt Nam.",
            None,
            &[("Lê Văn Hòa", "", "Tổng giám đốc Công ty Samsung Việt Nam", "")],
        ),
        (
            "'và', a name, then 'là' after a move opens another clause, of that person's post ('A, giám đốc bóng đá mới được bổ nhiệm, …, và B là giám đốc C')",
            "Ông Dan Ashworth, giám đốc thể thao mới được bổ nhiệm, sẽ lo mọi việc chuyển nhượng và Dougie Freedman là giám đốc tuyển trạch.",
            None,
            &[("Dan Ashworth", "", "giám đốc thể thao", "")],
        ),
        (
            "a family name alone takes the one full name the document writes after the move's post ('Tổng thống Mỹ Donald Trump'), not the latest of that family ('Ivanka Trump')",
            "Tổng thống Mỹ Donald Trump bị nhiều nhóm phản đối. Một chuỗi cửa hàng đã ngừng bán túi xách mang tên Ivanka Trump. Ngay sau khi ông Trump đắc cử tổng thống, chuỗi này đã gỡ các sản phẩm đó.",
            None,
            &[("Donald Trump", "", "tổng thống", "")],
        ),
        (
            "a move in a time clause of a plan ('sẽ bắt đầu … sau khi nhậm chức …') is still to come",
            "Ông Lee Nak-yon nói thêm sẽ bắt đầu ngay vào công việc sau khi nhậm chức thủ tướng ngày 31-5.",
            None,
            &[],
        ),
        (
            "a name counts as one word between a proposal and its move ('đề nghị cho bác sỹ A được về lại …')",
            "Hiện Sở Y tế vẫn đang đề nghị cho bác sỹ Hoàng Văn Lực được về lại Trung tâm Y tế huyện và giữ chức Phó giám đốc trung tâm.",
            None,
            &[],
        ),
        (
            "a move told as a time since, with its subject's title ('kể từ khi Tổng thống A nhậm chức'), takes no date of the sentence",
            "Ngày 12/7, Thủ tướng Lào Thongloun Sisoulith là lãnh đạo châu Á thứ ba đến Nhà Trắng kể từ khi Tổng thống Donald Trump nhậm chức.",
            None,
            &[("Donald Trump", "", "Tổng thống", "")],
        ),
        (
            "'vị' and a title just won, with no name after ('vị tổng thống đắc cử … này'), is someone else: the subject is not moved",
            "Thủ tướng Hà Lan Mark Rutte đã điện đàm với vị tổng thống đắc cử trẻ tuổi này ngay trong đêm.",
            None,
            &[],
        ),
        (
            "receiving a decision ('nhận quyết định về việc kiêm nhiệm chức vụ …') moves the one who receives it",
            "Sáng 3/7/2017, Thứ trưởng Trịnh Thị Thủy chính thức nhận quyết định về việc kiêm nhiệm chức vụ Vụ trưởng Vụ Gia đình.",
            None,
            &[("Trịnh Thị Thủy", "Thứ trưởng", "Vụ trưởng Vụ Gia đình", "2017-07-03")],
        ),
        (
            "a body by its initials and spelled out ('Chi cục ATVSTP', 'An toàn vệ sinh thực phẩm') is one move, worded as the sentence that dates it",
            "Ông Hồ Văn Lương (thứ hai từ trái) nhận quyết định bổ nhiệm chức Chi cục trưởng An toàn vệ sinh thực phẩm. Trước đó, ngày 3/5/2017, ông Lương được UBND tỉnh Hà Tĩnh điều động, bổ nhiệm từ Phó Giám đốc Trung tâm Y tế dự phòng tỉnh lên làm Chi cục trưởng Chi cục ATVSTP.",
            None,
            &[(
                "Hồ Văn Lương",
                "Phó Giám đốc Trung tâm Y tế dự phòng tỉnh",
                "Chi cục trưởng Chi cục ATVSTP",
                "2017-05-03",
            )],
        ),
        (
            "'bắt đầu' ends a post ('Quyền Giám đốc Nhà hát X bắt đầu từ ngày …'), and the decision received dates the move",
            "NSƯT Hoàng Anh Tú vừa nhận quyết định trở thành Quyền Giám đốc Nhà hát Kịch Hà Nội bắt đầu từ ngày 1-7-2017.",
            None,
            &[("Hoàng Anh Tú", "", "Quyền Giám đốc Nhà hát Kịch Hà Nội", "2017-07-01")],
        ),
        (
            "a roundup by place ('Lạng Sơn: …') dates each section on its own; the event a sentence opens with ('Chiều 5/7, … từ ngày 15/7') dates the next; 'Các quyết định trên có hiệu lực từ …' dates all the section's decisions",
            "Các địa phương vừa công bố quyết định về công tác cán bộ. Hà Giang: Chiều 5/7, Bí thư Tỉnh ủy trao quyết định điều động ông Lò Văn Sáu, Bí thư Huyện ủy Mèo Vạc, về giữ chức Phó Trưởng Ban Tổ chức Tỉnh ủy từ ngày 15/7. Ông Vàng Văn Tú, Phó Chủ tịch UBND huyện, được điều động làm Bí thư Huyện ủy Mèo Vạc. Lạng Sơn: Chủ tịch UBND tỉnh Lạng Sơn vừa ký quyết định bổ nhiệm ông Hoàng Văn Dũng, nguyên Phó Giám đốc Sở Xây dựng, giữ chức Giám đốc Sở Xây dựng tỉnh Lạng Sơn. Ông Nông Đức Hải, Phó Chánh Văn phòng, được bổ nhiệm giữ chức Chánh Văn phòng UBND tỉnh. Ông Lý Văn Quang, Trưởng phòng Tổng hợp, được bổ nhiệm giữ chức Phó Chánh Văn phòng UBND tỉnh. Các quyết định trên có hiệu lực từ ngày 10/7.",
            None,
            &[
                ("Lò Văn Sáu", "Bí thư Huyện ủy Mèo Vạc", "Phó Trưởng Ban Tổ chức Tỉnh ủy", "--07-15"),
                ("Vàng Văn Tú", "Phó Chủ tịch UBND huyện", "Bí thư Huyện ủy Mèo Vạc", "--07-05"),
                ("Hoàng Văn Dũng", "Phó Giám đốc Sở Xây dựng", "Giám đốc Sở Xây dựng tỉnh Lạng Sơn", "--07-10"),
                ("Nông Đức Hải", "Phó Chánh Văn phòng", "Chánh Văn phòng UBND tỉnh", "--07-10"),
                ("Lý Văn Quang", "Trưởng phòng Tổng hợp", "Phó Chánh Văn phòng UBND tỉnh", "--07-10"),
            ],
        ),
        (
            "a title just won after 'và' with no name ('Thủ tướng A và Tổng thống đắc cử Mỹ đã trao đổi') is another's: A is not moved",
            "Tối 2/12, Thủ tướng Nguyễn Xuân Phúc và Tổng thống đắc cử Mỹ đã điện đàm về quan hệ thương mại hai nước.",
            None,
            &[],
        ),
        (
            "the one who congratulates ('A gửi lời chúc mừng nhà tỷ phú Mỹ đắc cử tổng thống') is not elected; the one congratulated by name is",
            "Chủ tịch Tập Cận Bình đã gửi lời chúc mừng nhà tỷ phú Mỹ đắc cử tổng thống. Ngày 10/5, Thủ tướng Shinzo Abe đã gửi lời chúc mừng ông Moon Jae-in đắc cử Tổng thống Hàn Quốc.",
            None,
            &[("Moon Jae-in", "", "Tổng thống Hàn Quốc", "--05-10")],
        ),
        (
            "a career taken up ('chuyển sang sự nghiệp HLV') is no post",
            "Sau 5 năm thi đấu chuyên nghiệp, ông Nguyễn Văn Hòa đã chuyển sang sự nghiệp HLV năm 30 tuổi.",
            None,
            &[],
        ),
        (
            "a romanised name after a post whose body has lower-case words ('Thứ trưởng Bộ Khoa học Hong Nam-ki') is a person, though 'Hong' opens 'Hong Kong'",
            "Ngày 11/5/2017, Tổng thống Moon Jae-in chỉ định Thứ trưởng Bộ Khoa học Hong Nam-ki làm Trưởng Văn phòng điều phối chính sách.",
            None,
            &[(
                "Hong Nam-ki",
                "Thứ trưởng Bộ Khoa học",
                "Trưởng Văn phòng điều phối chính sách",
                "2017-05-11",
            )],
        ),
        (
            "becoming one of a count of holders who did a feat ('trở thành huấn luyện viên thứ tư giành chức vô địch') is no move; a rank with its country still is",
            "Ông Hoàng Anh Tuấn trở thành huấn luyện viên thứ hai giành chức vô địch V-League ngay trong mùa đầu tiên. Năm 2016, bà Theresa May trở thành nữ Thủ tướng thứ hai của Anh.",
            None,
            &[("Theresa May", "", "Thủ tướng thứ hai", "2016")],
        ),
        (
            "the post taken on before retiring ('Trước khi về hưu, ông đảm nhận cương vị …') is a post held, not a move",
            "Trước khi về hưu, nhà báo Lê Văn Hòa đảm nhận cương vị Trưởng ban Thời sự Đài Truyền hình tỉnh.",
            None,
            &[],
        ),
        (
            "a time clause that counts ('bốn tháng sau khi … nhậm chức') moves the sentence's date back by that much; a date the clause gives its move stays",
            "Tháng 10/2016, bốn tháng sau khi Tổng thống Rodrigo Duterte nhậm chức, ông tuyên bố tách khỏi Mỹ. Cuộc gặp tại Nhật Bản diễn ra chỉ một tháng sau khi Thủ tướng Nguyễn Xuân Phúc nhậm chức vào tháng 4/2016.",
            None,
            &[
                ("Rodrigo Duterte", "", "Tổng thống", "2016-06"),
                ("Nguyễn Xuân Phúc", "", "Thủ tướng", "2016-04"),
            ],
        ),
        (
            "'tân Tổng thống Mỹ' alone, in a sentence that names someone else, is the one the document names with that title",
            "Tổng thống Mỹ Donald Trump đã ký sắc lệnh mới. Cố vấn an ninh quốc gia Michael Flynn tuyên bố chính quyền của tân Tổng thống Mỹ đã đặt Iran vào tầm ngắm.",
            None,
            &[("Donald Trump", "", "Tổng thống Mỹ", "")],
        ),
        (
            "a list of appointees told in the passive ('danh sách được bổ nhiệm … được chỉ định làm') goes on in the next sentence, one clause per person, with the post before a person as the one left",
            "Ngày 8/12, danh sách được bổ nhiệm vào chính phủ liên bang Đức được công bố, trong đó bà Annalena Baerbock được chỉ định làm Ngoại trưởng. Chủ tịch đảng Xanh, ông Robert Habeck làm Bộ trưởng Kinh tế; bà Nancy Faeser thuộc đảng Dân chủ Xã hội làm Bộ trưởng Nội vụ và ông Christian Lindner làm Bộ trưởng Tài chính.",
            None,
            &[
                ("Annalena Baerbock", "", "Ngoại trưởng", "--12-08"),
                ("Robert Habeck", "Chủ tịch đảng Xanh", "Bộ trưởng Kinh tế", "--12-08"),
                ("Nancy Faeser", "", "Bộ trưởng Nội vụ", "--12-08"),
                ("Christian Lindner", "", "Bộ trưởng Tài chính", "--12-08"),
            ],
        ),
        (
            "the name of a body before a common given name is the post's, not the person's ('Phó chủ tịch Citigroup Michael Froman')",
            "Nhiều người từ giới ngân hàng vào nội các mới: cựu chuyên gia Morgan Stanley Robert Kaplan được bổ nhiệm làm Thứ trưởng Tài chính, còn Phó chủ tịch Citigroup Michael Froman trở thành cố vấn thương mại.",
            None,
            &[
                ("Robert Kaplan", "", "Thứ trưởng Tài chính", ""),
                ("Michael Froman", "Phó chủ tịch Citigroup", "cố vấn thương mại", ""),
            ],
        ),
        (
            "capitalised foreign words right after a firm's name without a title ('Công ty Xuất nhập khẩu Petrimex Bratislava') are the firm's, not a person whom 'ông' could take up",
            "Ông Andrej Babiš nhiều năm làm việc tại Công ty Xuất nhập khẩu Petrimex Bratislava. Năm 2013, ông được bầu làm nghị sĩ Hạ viện.",
            None,
            &[("Andrej Babiš", "", "nghị sĩ Hạ viện", "2013")],
        ),
        (
            "a body as the subject of a passive appointing verb ('đơn vị được chủ tàu chỉ định làm đại lý') moves no one",
            "Thượng tá Trần Văn Lâm đề nghị đại diện Công ty Cổ phần Hàng hải Biển Xanh, đơn vị được chủ tàu chỉ định làm đại lý để phối hợp với Công ty Smit Salvage Rotterdam thực hiện việc cứu hộ.",
            None,
            &[],
        ),
        (
            "the day of taking office as an apposition of the opening date ('Sáng 7/5, ngày nhậm chức Tổng thống Nga, ông A ký …') moves the subject after it",
            "Sáng 7/5, ngày nhậm chức Tổng thống Nga, ông Vladimir Putin ký ngay sắc lệnh về các mục tiêu phát triển quốc gia.",
            None,
            &[("Vladimir Putin", "", "Tổng thống Nga", "--05-07")],
        ),
        (
            "'tân <post>, ông <name>': the holder set off by commas after the mark of a new post; not the subject of the main clause after it ('với tân Thủ tướng …, ông B cho biết')",
            "Tân Thủ tướng Nhật Bản, ông Kishida Fumio, cam kết tăng thu nhập cho tầng lớp trung lưu. Trong cuộc điện đàm với tân Thủ tướng Nhật Bản, ông Joe Biden cho biết hai bên sẽ hợp tác. Chủ tịch Tập Cận Bình dự lễ nhậm chức của tân Đặc khu trưởng Hong Kong, ông Lý Gia Siêu.",
            None,
            &[
                ("Kishida Fumio", "", "Thủ tướng Nhật Bản", ""),
                ("Lý Gia Siêu", "", "Đặc khu trưởng Hong Kong", ""),
            ],
        ),
        (
            "'bà mẹ' (mothers) inside a body's name is no person and does not end the post",
            "Năm 2015, bà Lò Thị Hoa được bổ nhiệm làm Giám đốc Trung tâm Chăm sóc sức khỏe bà mẹ trẻ em tỉnh Sơn La.",
            None,
            &[(
                "Lò Thị Hoa",
                "",
                "Giám đốc Trung tâm Chăm sóc sức khỏe bà mẹ trẻ em tỉnh Sơn La",
                "2015",
            )],
        ),
        (
            "a pronoun as the object of an appointing verb ('bầu ông làm', 'bổ nhiệm ông làm') is the person named before, or the one who thanks for it in the same sentence; never the agent",
            "Bà Hà Thị Nga cảm ơn Đoàn Chủ tịch đã tin tưởng bầu bà làm Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam. Ông Hồ Đức Phớc trúng cử đại biểu Quốc hội tại Nghệ An. Tại phiên họp đầu tiên, các đại biểu trong đoàn nhất trí bầu ông làm Phó Trưởng đoàn. Ông Lê Quang Mạnh từng công tác nhiều năm ở Cần Thơ. Năm 2019, Thủ tướng Nguyễn Xuân Phúc bổ nhiệm ông làm Thứ trưởng Bộ Tài chính.",
            None,
            &[
                ("Hà Thị Nga", "", "Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam", ""),
                ("Hồ Đức Phớc", "", "đại biểu Quốc hội", ""),
                ("Hồ Đức Phớc", "", "Phó Trưởng đoàn", ""),
                ("Lê Quang Mạnh", "", "Thứ trưởng Bộ Tài chính", "2019"),
            ],
        ),
        (
            "an acronym of several parts in parentheses ('(DS & KHHGĐ)') bridges a body's lower-case name to the place after it",
            "Năm 2018, ông Quàng Văn Dũng được bổ nhiệm làm Chi cục trưởng Chi cục Dân số và Kế hoạch hóa gia đình (DS & KHHGĐ) tỉnh Sơn La.",
            None,
            &[(
                "Quàng Văn Dũng",
                "",
                "Chi cục trưởng Chi cục Dân số và Kế hoạch hóa gia đình (DS & KHHGĐ) tỉnh Sơn La",
                "2018",
            )],
        ),
        (
            "a capitalised cue word right after a title ('Bộ trưởng Chuyển giao Năng lượng') names the post's remit and does not end it",
            "Năm 2022, bà Agnès Pannier-Runacher được bổ nhiệm làm Bộ trưởng Chuyển giao Năng lượng.",
            None,
            &[(
                "Agnès Pannier-Runacher",
                "",
                "Bộ trưởng Chuyển giao Năng lượng",
                "2022",
            )],
        ),
        (
            "a demand ('Chủ tịch A yêu cầu chuyển công tác Hiệu trưởng …') moves no one, least of all the one who demands",
            "Chủ tịch UBND tỉnh Lê Văn Hiền yêu cầu chuyển công tác Hiệu trưởng trường THCS Kim Đồng.",
            None,
            &[],
        ),
        (
            "'TP' alone with no body after it is the city, not 'Trưởng phòng'",
            "Ông Lê Văn Tám lái xe quay về trung tâm TP rồi bị bắt giữ.",
            None,
            &[],
        ),
        (
            "a bare title that a verb of speaking follows ('ông A, Thủ tướng cho hay …') is the next clause's subject, not A's post",
            "Ông Trần Văn Tâm được đưa về làm Phó Ban Tuyên giáo tỉnh. Trả lời cử tri về trường hợp ông Trần Văn Tâm, Thủ tướng cho hay việc này đúng quy trình.",
            None,
            &[("Trần Văn Tâm", "", "Phó Ban Tuyên giáo tỉnh", "")],
        ),
        (
            "the first days in office ('những ngày đầu nhậm chức') take no date from the sentence",
            "Giá dầu tăng trong tháng 3/2021, giữa những ngày đầu nhậm chức của Tổng thống Joe Biden.",
            None,
            &[("Joe Biden", "", "Tổng thống", "")],
        ),
        (
            "a time clause whose subject is a description ('sau khi cựu phó tổng thống này đắc cử') tells of the one named last before it, even after 'với'; not the main clause's subject",
            "Tháng 11/2020, Thủ tướng Nhật Bản Suga Yoshihide đã điện đàm với ông Joe Biden, sau khi cựu phó tổng thống này đắc cử Tổng thống Mỹ.",
            None,
            &[("Joe Biden", "", "Tổng thống Mỹ", "2020-11")],
        ),
        (
            "a country's name is the title's, not the start of the name: 'Tổng thống Chad Idriss Déby'",
            "Tổng thống Chad Idriss Déby đến thăm binh sĩ ở phía bắc. Ông Déby lên nắm quyền năm 1990.",
            None,
            &[("Idriss Déby", "", "Tổng thống Chad", "1990")],
        ),
        (
            "past the object of the clause's verb, a time clause without a subject of its own ('… ông Comey ngay sau khi nhậm chức') tells of the clause's subject",
            "Tổng thống Mỹ Donald Trump bị báo chí chỉ trích. Một cựu trợ lý kể rằng ông Trump đã tính chuyện cách chức ông Comey ngay sau khi nhậm chức vào ngày 20-1.",
            None,
            &[("Donald Trump", "", "Tổng thống Mỹ", "--01-20")],
        ),
        (
            "'cho đến khi bổ nhiệm Cục trưởng mới' (until a new head is appointed) moves no one",
            "Bộ trưởng Nguyễn Ngọc Thiện phân công Thứ trưởng Vương Duy Biên trực tiếp điều hành Cục Nghệ thuật biểu diễn cho đến khi bổ nhiệm Cục trưởng mới.",
            None,
            &[],
        ),
        (
            "persons joined by 'và' (and the commas of a list it closes) right before the move all move",
            "Ông Lê Văn Dũng, bà Trần Thị Hải và ông Phạm Văn Phong cùng được bầu giữ chức Phó Chủ tịch Hội Nông dân tỉnh.",
            None,
            &[("Lê Văn Dũng", "", "Phó Chủ tịch Hội Nông dân tỉnh", ""), ("Trần Thị Hải", "", "Phó Chủ tịch Hội Nông dân tỉnh", ""), ("Phạm Văn Phong", "", "Phó Chủ tịch Hội Nông dân tỉnh", "")],
        ),
        (
            "each of two titled persons joined by 'và' keeps the post written before his name",
            "Phó Giám đốc Sở Y tế Lê Văn Dũng và Trưởng phòng Tổ chức Phạm Văn Phong được bổ nhiệm làm Phó Chủ tịch UBND huyện.",
            None,
            &[("Lê Văn Dũng", "Phó Giám đốc Sở Y tế", "Phó Chủ tịch UBND huyện", ""), ("Phạm Văn Phong", "Trưởng phòng Tổ chức", "Phó Chủ tịch UBND huyện", "")],
        ),
        (
            "a relative clause set off after the second of two names ('A và B – người mới được …') tells of the second only",
            "Ảnh: Donald Trump và Neil Gorsuch – người vừa được ông Trump bổ nhiệm làm thẩm phán Tòa án Tối cao.",
            None,
            &[("Neil Gorsuch", "", "thẩm phán Tòa án Tối cao", "")],
        ),
        (
            "a relative clause set off after the move ('thay ông B, người đã nghỉ hưu từ tháng 3/2016') dates what it tells of B, not the move",
            "Ông Lê Văn Nam được bổ nhiệm làm Giám đốc Sở Tư pháp, thay ông Trần Văn Bình, người đã nghỉ hưu từ tháng 3/2016.",
            None,
            &[("Lê Văn Nam", "", "Giám đốc Sở Tư pháp", "")],
        ),
        (
            "'chấp nhận chức vụ này' (accepted the post, then changed his mind) is no move word 'nhận chức'",
            "",
            None,
            &[],
        ),
        (
            "'Từ khi nhậm chức ngày 3/4' is a move of its own: its date is not that of the appointment told after it",
            "Từ khi nhậm chức ngày 3/4 đến nay, Tổng thống Lê Văn Sơn mới cho một bộ trưởng từ chức, sau khi công bố chỉ định ông Trần Văn Hải làm thủ tướng.",
            None,
            &[("Lê Văn Sơn", "", "Tổng thống", "--04-03"), ("Trần Văn Hải", "", "thủ tướng", "")],
        ),
        (
            "the agent of a passive is the subject of the time clause after it ('được ông A chọn đến thăm sau khi nhậm chức')",
            "Thủ tướng Ấn Độ Narendra Modi có quan hệ tốt với Bhutan. Đây là nước đầu tiên được ông Modi chọn đến thăm sau khi nhậm chức.",
            None,
            &[("Narendra Modi", "", "Thủ tướng Ấn Độ", "")],
        ),
        (
            "... and the one a pronoun in that time clause stands for ('được Tổng thống A phê duyệt kể từ khi ông nhậm chức')",
            "Đây là hợp đồng đầu tiên được Tổng thống Lê Văn Sơn phê duyệt kể từ khi ông nhậm chức hôm 20/1.",
            None,
            &[("Lê Văn Sơn", "", "Tổng thống", "--01-20")],
        ),
        (
            "the post a clause opens with is the one its name after 'là' was appointed to ('Giám đốc Sở Y tế gần đây nhất là bà A, người được bổ nhiệm …'); the agent's title after 'bởi' is no post",
            "Giám đốc Sở Y tế gần đây nhất là bà Lê Thị Mai, người được bổ nhiệm vào năm 2015 bởi Chủ tịch tỉnh.",
            None,
            &[("Lê Thị Mai", "", "Giám đốc Sở Y tế", "2015")],
        ),
        (
            "the title of the agent after 'bởi' names no post taken",
            "Bà Lê Thị Mai được bổ nhiệm vào năm 2015 bởi Chủ tịch tỉnh.",
            None,
            &[],
        ),
        (
            "'đầu tiên' (the first) after a title is the holder's distinction: the post ends before it",
            "Bà Lê Thị Mai đã trở thành nữ Bộ trưởng Ngoại giao đầu tiên của Việt Nam vào tháng 6/2017.",
            None,
            &[("Lê Thị Mai", "", "Bộ trưởng Ngoại giao", "2017-06")],
        ),
        (
            "a second country right after a country opens a name ('Đại sứ du lịch Việt Nam Jordan Vogt Roberts'): no person 'Vogt Roberts' (the name is not read yet)",
            "Tân Đại sứ du lịch Việt Nam Jordan Vogt Roberts cam kết sẽ đưa nhiều đoàn làm phim đến Việt Nam.",
            None,
            &[],
        ),
    ];
    for (name, text, date, want) in cases {
        check(name, text, *date, want);
    }
}
