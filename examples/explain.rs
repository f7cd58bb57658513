//! Shows how canbo reads one sentence: its tokens, the gazetteer entries found on them,
//! the persons, and every candidate record with the features and weights that give its
//! confidence. For developers tuning the lists, rules and scorer.
//!
//! ```sh
//! cargo run --example explain -- "Ông Lê Hữu Tùng được luân chuyển về làm Bí thư Đảng ủy xã Liêu Xá."
//! ```

use canbo::decide::Model;
use canbo::gazetteer::Gazetteer;
use canbo::input::Document;
use canbo::mention::Sentence;
use canbo::normalize::Normalizer;

fn main() {
    let Some(text) = std::env::args().nth(1) else {
        eprintln!("usage: explain SENTENCE");
        std::process::exit(2);
    };
    let normalizer = Normalizer::default();
    let gazetteer = match Gazetteer::builtin(&normalizer) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("explain: {e}");
            std::process::exit(1);
        }
    };
    let norm = normalizer.normalize(&text);
    let s = Sentence::analyse(&gazetteer, norm.as_str(), 0..norm.as_str().len());
    for (i, token) in s.tokens.iter().enumerate() {
        let entries: Vec<String> = s
            .entries_at(i)
            .map(|e| format!("{}:{}", e.category, e.text))
            .collect();
        println!(
            "{i:3} {:<16} {}",
            &norm.as_str()[token.span.clone()],
            entries.join("  ")
        );
    }
    for p in &s.persons {
        println!("person {:?} (tokens {:?})", p.name, p.tokens);
    }
    // The post each title or organisation starts.
    for i in 0..s.tokens.len() {
        if let Some(post) = s.post_at(i, true) {
            println!("post {:?} (tokens {:?})", post.text, post.tokens);
        }
    }
    let extractor = match canbo::Extractor::builder().build() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("explain: {e}");
            std::process::exit(1);
        }
    };
    let doc = Document {
        id: "explain".into(),
        text,
        ..Document::default()
    };
    let model = Model::builtin();
    for c in extractor.candidates(&doc) {
        let r = &c.record;
        println!(
            "candidate {:.3} {} | {} | {} | {}",
            r.confidence, r.person, r.from_post, r.to_post, r.date
        );
        for (name, value) in c.features.iter() {
            println!("    {:+.3}  {name} = {value}", model.weight(name) * value);
        }
    }
}
