package org.cstofigures.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a deterministic Korean benchmark corpus from varied sentence templates: news, statistics and
 * encyclopedic shapes with numbers, units, qualifiers, dates, ordinals and plain prose, mixed into paragraphs
 * (lines) of varying length, so the benchmark does not measure one paragraph repeated.
 */
final class KoreanCorpus {

    private static final String[] TEMPLATES = {
        "{PLACE}에서 열린 집회에는 경찰 추산 {N}명이 참가했다.",
        "{ORG}은 {DATE} {N}건의 {CRIME} 사건을 적발했다고 밝혔다.",
        "이번 {EVENT}로 {Q}{N}{UNIT}{POST}의 피해가 발생한 것으로 집계됐다.",
        "{DATE}부터 {DATE2}까지 {PLACE}에서 {EVENT} 훈련이 실시됐다.",
        "통계청에 따르면 지난해 {THING}는 {BIG}{UNIT}으로 전년 대비 {PCT}% 증가했다.",
        "{ORG} 관계자는 \"{N}{UNIT} 이상을 추가로 확보할 계획\"이라고 말했다.",
        "세관은 {DRUG} {MASS}{MASSU}을 압수하고 {N}명을 입건했다.",
        "{ORG}에는 현재 {N}개국이 가입해 있으며 {N}개의 공동 성명을 채택했다.",
        "정부는 {MONEY}{MONEYU}의 예산을 편성해 {N}곳에 지원하기로 했다.",
        "이 사업은 {N}단계로 나뉘어 {N}년 동안 추진된다.",
        "{PLACE}의 인구는 약 {BIG}명이며 면적은 {N}헥타르에 이른다.",
        "사고 현장에는 소방관 {N}여 명과 장비 {N}대가 투입됐다.",
        "회의는 {NAT} 차례 열렸고 {NAT} 가지 방안이 논의됐다.",
        "제{N}차 {EVENT} 회의가 {PLACE}에서 개막했다.",
        "{ORG}은 {YEAR}년 창설 {N}주년을 맞아 기념식을 열었다.",
        "수출액은 {BIG}억 달러로 역대 최대를 기록했고 수입은 {RANGE} 달러 수준이었다.",
        "{VAGUE} 명의 시민이 {PLACE} 광장에 모였다.",
        "{ORG}의 {THING}는 {N},{T3}건으로 집계됐다.",
        "협정은 {YEAR}년 {MONTH}월 {DAY}일 서명돼 {YEAR2}년 발효됐다.",
        "이 조약의 제{N}조는 회원국의 의무를 규정한다.",
        "{PLACE} 지역에는 {N}~{N2}명 규모의 부대가 주둔하고 있다.",
        "올해 {MONTH} 월 {DAY} 일 ~ {MONTH2} 월 {DAY2} 일 진행된 작전에서 {MASS} 톤의 마약이 압수됐다.",
        "{ORG}은 적어도 1년에 {NAT} 번 정기 회의를 개최한다.",
        "구축함 {N}척과 전투기 {N}대가 {EVENT}에 참가했다.",
        "실업률은 {PCT}%로 {PCT}%p 하락했다.",
        "그는 {YEAR}년부터 {YEAR2}년까지 {ORG} 사무총장을 지냈다.",
        "{ORG}은 \"Operation-{YEAR}\" 작전의 결과를 발표했다.",
        "약 {N}개의 서로 다른 계약과 {N}개 협정이 체결되었다.",
        "주민 {N}만 {T4}명이 대피했으며 {N}만{T4}명이 귀가했다.",
        "{PLACE} 시장은 {DATE}에 {N}명의 공무원과 간담회를 가졌다.",
        "예산은 최대 {N}조 원이며 최소 {N}천억 원이 투입될 예정이다.",
        "이 기술의 정확도는 {PCT}퍼센트에 달한다.",
        "총 {N},{T3},{T3}명이 투표에 참여해 투표율 {PCT}%를 기록했다.",
        "피해액은 {VAGUE} 원에 이르는 것으로 추정된다.",
        "{ORG}은 거의 {N}배 증가한 {THING}를 보고했다.",
        "그 중 {N}개는 {ORG}이 작성했다.",
        "1992년 5월 15일 서명된 조약은 {N}년 동안 유효하다.",
        "{PLACE}에서 {NAT} 명이 부상을 입었고 {N}명이 숨졌다.",
        "열흘 동안 이어진 축제에 {BIG}명이 다녀갔다.",
        "{THING} 생산량은 {N}만 {T4}톤으로 감소했다.",
    };
    private static final String[] PROSE = {
        "회원국들은 지역 안보를 강화하기 위한 협력 방안을 논의했다.",
        "전문가들은 이번 조치가 장기적으로 긍정적인 영향을 미칠 것으로 내다봤다.",
        "위원회는 관련 부처와 긴밀히 협력해 후속 대책을 마련하기로 했다.",
        "이 기구의 최고 기관은 회원국 정상들로 구성된 이사회이다.",
        "정부는 국민의 안전을 최우선으로 하겠다는 입장을 거듭 밝혔다.",
        "조직은 국제 테러리즘과 마약 밀매에 공동으로 대응하고 있다.",
        "이사회는 사무국의 보고를 검토하고 다음 회기의 의제를 확정했다.",
        "양측은 상호 이해를 바탕으로 대화를 지속하기로 합의했다.",
        "현지 언론은 이번 결정이 지역 정세에 중대한 변화를 가져올 것이라고 보도했다.",
        "하나 이상의 참가국이 위협을 받는 경우 협의 메커니즘이 가동된다.",
    };
    private static final String[] PLACE = {"서울", "부산", "모스크바", "알마티", "비슈케크", "두샨베", "예레반",
        "민스크", "뉴욕", "광주", "대전", "제주"};
    private static final String[] ORG = {"경찰청", "관세청", "통계청", "국방부", "외교부", "위원회", "사무국",
        "집단안보조약기구", "유엔", "보건복지부"};
    private static final String[] EVENT = {"합동 훈련", "정상회의", "산불", "홍수", "지진", "작전", "박람회",
        "국제회의"};
    private static final String[] CRIME = {"마약", "불법 이주", "사이버 범죄", "밀수", "인신매매", "보이스피싱"};
    private static final String[] THING = {"출생아 수", "수출액", "쌀 생산량", "관광객 수", "등록 차량", "범죄 건수"};
    private static final String[] DRUG = {"헤로인", "코카인", "필로폰", "대마", "해시시"};
    private static final String[] UNIT = {"명", "건", "개", "톤", "가구", "곳", "대", "척", "개국"};
    private static final String[] Q = {"", "", "", "약 ", "최소 ", "대략 ", "거의 ", "최대 "};
    private static final String[] POST = {"", "", "", " 이상", " 가량", " 정도", " 미만", " 남짓"};
    private static final String[] MASSU = {"㎏", "kg", "톤", "킬로그램", "그램"};
    private static final String[] MONEYU = {"억 원", "만 달러", "억 달러", "만 루블", "천만 원", "억 유로"};
    private static final String[] NAT = {"한", "두", "세", "네", "다섯", "열", "열두"};
    private static final String[] VAGUE = {"수십", "수백", "수천", "수만", "수십만", "수백만", "수억"};

    private KoreanCorpus() {
    }

    /** Lines (paragraphs) totalling at least {@code targetBytes} bytes of UTF-8, reproducible for a seed. */
    static List<String> generate(long seed, long targetBytes) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        long bytes = 0;
        StringBuilder sb = new StringBuilder();
        while (bytes < targetBytes) {
            sb.setLength(0);
            int sentences = 1 + r.nextInt(12);
            for (int i = 0; i < sentences; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                if (r.nextInt(3) == 0) {
                    sb.append(PROSE[r.nextInt(PROSE.length)]);
                } else {
                    fill(sb, TEMPLATES[r.nextInt(TEMPLATES.length)], r);
                }
            }
            String line = sb.toString();
            lines.add(line);
            bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return lines;
    }

    /** Total UTF-8 size of the lines, newline included. */
    static long bytes(List<String> lines) {
        long b = 0;
        for (String l : lines) {
            b += l.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return b;
    }

    private static void fill(StringBuilder sb, String template, Random r) {
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                sb.append(c);
                i++;
                continue;
            }
            int close = template.indexOf('}', i);
            sb.append(slot(template.substring(i + 1, close), r));
            i = close + 1;
        }
    }

    private static String slot(String name, Random r) {
        switch (name) {
            case "N": case "N2":
                return Integer.toString(1 + r.nextInt(r.nextBoolean() ? 100 : 10_000));
            case "BIG":
                return r.nextBoolean() ? String.format(java.util.Locale.ROOT, "%,d", 1000 + r.nextInt(9_999_000))
                        : (1 + r.nextInt(999)) + "만";
            case "T3":
                return String.format(java.util.Locale.ROOT, "%03d", r.nextInt(1000));
            case "T4":
                return Integer.toString(1000 + r.nextInt(9000));
            case "PCT":
                return (r.nextInt(100)) + "." + r.nextInt(10);
            case "MASS":
                return r.nextBoolean() ? Integer.toString(1 + r.nextInt(500)) : (1 + r.nextInt(99)) + "." + r.nextInt(10);
            case "MONEY":
                return Integer.toString(1 + r.nextInt(9999));
            case "RANGE":
                int a = 1 + r.nextInt(50);
                return a + "억~" + (a + 1 + r.nextInt(50)) + "억";
            case "YEAR":
                return Integer.toString(1990 + r.nextInt(30));
            case "YEAR2":
                return Integer.toString(2020 + r.nextInt(5));
            case "MONTH": case "MONTH2":
                return Integer.toString(1 + r.nextInt(12));
            case "DAY": case "DAY2":
                return Integer.toString(1 + r.nextInt(28));
            case "DATE":
                return (2000 + r.nextInt(24)) + "년 " + (1 + r.nextInt(12)) + "월 " + (1 + r.nextInt(28)) + "일";
            case "DATE2":
                return (1 + r.nextInt(12)) + "월 " + (1 + r.nextInt(28)) + "일";
            case "PLACE":
                return pick(PLACE, r);
            case "ORG":
                return pick(ORG, r);
            case "EVENT":
                return pick(EVENT, r);
            case "CRIME":
                return pick(CRIME, r);
            case "THING":
                return pick(THING, r);
            case "DRUG":
                return pick(DRUG, r);
            case "UNIT":
                return pick(UNIT, r);
            case "Q":
                return pick(Q, r);
            case "POST":
                return pick(POST, r);
            case "MASSU":
                return pick(MASSU, r);
            case "MONEYU":
                return pick(MONEYU, r);
            case "NAT":
                return pick(NAT, r);
            case "VAGUE":
                return pick(VAGUE, r);
            default:
                throw new IllegalArgumentException("unknown slot " + name);
        }
    }

    private static String pick(String[] a, Random r) {
        return a[r.nextInt(a.length)];
    }
}
