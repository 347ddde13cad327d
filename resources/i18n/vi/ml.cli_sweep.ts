<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.cli_sweep</name>
    <message>
        <source>grid</source>
        <translation>lưới</translation>
    </message>
    <message>
        <source>random</source>
        <translation>ngẫu nhiên</translation>
    </message>
    <message>
        <source>name at least one setting to vary, e.g. --set learning_rate=0.001,0.01,0.1</source>
        <translation>hãy nêu ít nhất một thiết lập để thay đổi, ví dụ --set learning_rate=0.001,0.01,0.1</translation>
    </message>
    <message>
        <source>--epochs must be a whole number of at least 1, not {value}</source>
        <translation>--epochs phải là một số nguyên từ 1 trở lên, không phải {value}</translation>
    </message>
    <message>
        <source>sweep of {file}: {n} runs ({mode}) varying {names}</source>
        <translation>đợt quét {file}: {n} lần chạy ({mode}), thay đổi {names}</translation>
    </message>
    <message>
        <source>  run {n}/{total} ({point}): {status}{tail}</source>
        <translation>  lần chạy {n}/{total} ({point}): {status}{tail}</translation>
    </message>
    <message>
        <source>cannot write the results into {path} ({why})</source>
        <translation>không ghi được kết quả vào {path} ({why})</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>đã dừng</translation>
    </message>
    <message>
        <source>time budget used up</source>
        <translation>đã hết thời gian cho phép</translation>
    </message>
    <message>
        <source> ({note}; {n} not run)</source>
        <translation> ({note}; {n} lần chưa chạy)</translation>
    </message>
    <message>
        <source>; best {metric}: {value} in {run}</source>
        <translation>; {metric} tốt nhất: {value} ở {run}</translation>
    </message>
    <message>
        <source>{n} runs in {seconds} s{more}{best}; wrote {file}</source>
        <translation>{n} lần chạy trong {seconds} s{more}{best}; đã ghi {file}</translation>
    </message>
</context>
</TS>
