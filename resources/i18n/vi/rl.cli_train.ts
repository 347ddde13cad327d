<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>rl.cli_train</name>
    <message>
        <source>training a {agent} agent on {env}: {params} parameters, {n} episodes (solved: average {threshold} over 100 episodes)</source>
        <translation>huấn luyện tác tử {agent} trên {env}: {params} tham số, {n} lượt chơi (giải được: trung bình {threshold} trên 100 lượt chơi)</translation>
    </message>
    <message>
        <source>episode {n}: 100 greedy episodes average {value}</source>
        <translation>lượt chơi {n}: 100 lượt chơi tham lam (greedy) đạt trung bình {value}</translation>
    </message>
    <message>
        <source>episode {n}/{total}: return {value}, average of the last 100 {average}</source>
        <translation>lượt chơi {n}/{total}: tổng thưởng {value}, trung bình 100 lượt cuối {average}</translation>
    </message>
    <message>
        <source>, epsilon {value}</source>
        <translation>, epsilon {value}</translation>
    </message>
    <message>
        <source>--epochs (episodes, for an agent) must be a whole number of at least 1, not {value}</source>
        <translation>--epochs (với một tác tử là số lượt chơi) phải là một số nguyên từ 1 trở lên, không phải {value}</translation>
    </message>
    <message>
        <source>the training settings have a problem: {problem}; fix it in the project&apos;s &apos;training&apos;</source>
        <translation>thiết lập huấn luyện có vấn đề: {problem}; hãy sửa trong mục &apos;training&apos; của dự án</translation>
    </message>
    <message>
        <source>training failed</source>
        <translation>huấn luyện thất bại</translation>
    </message>
    <message>
        <source>{status}: {n} episodes in {seconds} s; 100 greedy episodes average {value} ({solved}); wrote {folder}</source>
        <translation>{status}: {n} lượt chơi trong {seconds} s; 100 lượt chơi tham lam đạt trung bình {value} ({solved}); đã ghi {folder}</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>đã giải được</translation>
    </message>
    <message>
        <source>not solved</source>
        <translation>chưa giải được</translation>
    </message>
    <message>
        <source>deskdl training report: {name}</source>
        <translation>báo cáo huấn luyện của deskdl: {name}</translation>
    </message>
    <message>
        <source>project file: {path}</source>
        <translation>tệp dự án: {path}</translation>
    </message>
    <message>
        <source>agent: {kind}</source>
        <translation>tác tử (agent): {kind}</translation>
    </message>
    <message>
        <source>task: {env}: {description}</source>
        <translation>nhiệm vụ: {env}: {description}</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>trạng thái: {status}</translation>
    </message>
    <message>
        <source>episodes run: {n} of {planned}</source>
        <translation>số lượt chơi đã chạy: {n} trên {planned}</translation>
    </message>
    <message>
        <source>environment steps: {n}</source>
        <translation>số bước trong môi trường: {n}</translation>
    </message>
    <message>
        <source>time: {seconds} s</source>
        <translation>thời gian: {seconds} s</translation>
    </message>
    <message>
        <source>parameters: {n}</source>
        <translation>số tham số: {n}</translation>
    </message>
    <message>
        <source>optimizer: {name}, learning rate {rate}, seed {seed}</source>
        <translation>bộ tối ưu (optimizer): {name}, tốc độ học (learning rate) {rate}, seed {seed}</translation>
    </message>
    <message>
        <source>settings: {values}</source>
        <translation>thiết lập: {values}</translation>
    </message>
    <message>
        <source>last episode:</source>
        <translation>lượt chơi cuối:</translation>
    </message>
    <message>
        <source>final evaluation: 100 greedy episodes (no exploration), average return {value}</source>
        <translation>đánh giá cuối: 100 lượt chơi tham lam (không khám phá), tổng thưởng trung bình {value}</translation>
    </message>
    <message>
        <source>solved (average at least {target}): {answer}</source>
        <translation>giải được (trung bình ít nhất {target}): {answer}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>the saved network is the one after episode {n}</source>
        <translation>mạng được lưu là mạng sau lượt chơi {n}</translation>
    </message>
    <message>
        <source>error: {text}</source>
        <translation>lỗi: {text}</translation>
    </message>
    <message>
        <source>one Q-value per action</source>
        <translation>một giá trị Q cho mỗi hành động</translation>
    </message>
    <message>
        <source>the policy scores</source>
        <translation>điểm của chính sách (policy)</translation>
    </message>
    <message>
        <source>model: {file} (one observation in, {out} out)</source>
        <translation>mô hình: {file} (vào: một quan sát, ra: {out})</translation>
    </message>
</context>
</TS>
