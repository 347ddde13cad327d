<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>rl.trainers.dqn</name>
    <message>
        <source>the loss became {loss} in episode {episode}: the Q-values grew without bound</source>
        <translation>hàm mất mát (loss) thành {loss} ở lượt chơi (episode) {episode}: các giá trị Q tăng không giới hạn</translation>
    </message>
    <message>
        <source>lower the learning rate (try ten times smaller), use the Huber loss, or update the target network less often</source>
        <translation>hãy giảm tốc độ học (learning rate) (thử nhỏ hơn mười lần), dùng hàm mất mát Huber, hoặc cập nhật mạng đích (target network) thưa hơn</translation>
    </message>
</context>
</TS>
