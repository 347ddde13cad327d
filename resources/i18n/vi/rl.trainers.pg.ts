<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>rl.trainers.pg</name>
    <message>
        <source>the policy&apos;s loss became {loss} in episode {episode}</source>
        <translation>hàm mất mát của chính sách (policy) thành {loss} ở lượt chơi (episode) {episode}</translation>
    </message>
    <message>
        <source>lower the learning rate (try ten times smaller) or turn on algorithm.normalize_returns</source>
        <translation>hãy giảm tốc độ học (learning rate) (thử nhỏ hơn mười lần) hoặc bật algorithm.normalize_returns</translation>
    </message>
</context>
</TS>
