<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>rl.envs</name>
    <message>
        <source>deskdl does not know the environment {env!r}</source>
        <translation>deskdl không biết môi trường {env!r}</translation>
    </message>
    <message>
        <source>choose one of {names} (algorithm.env)</source>
        <translation>hãy chọn một trong {names} (algorithm.env)</translation>
    </message>
    <message>
        <source>the environment {env} cannot start: the package {package} is missing</source>
        <translation>môi trường {env} không khởi động được: thiếu gói {package}</translation>
    </message>
    <message>
        <source>install it into deskdl&apos;s Python: pip install &apos;gymnasium[classic-control]&apos;</source>
        <translation>hãy cài nó vào Python của deskdl: pip install &apos;gymnasium[classic-control]&apos;</translation>
    </message>
    <message>
        <source>the environment {env} needs an extra of gymnasium that is not installed ({error})</source>
        <translation>môi trường {env} cần một phần bổ sung của gymnasium chưa được cài ({error})</translation>
    </message>
    <message>
        <source>install it: pip install &apos;gymnasium[classic-control]&apos;</source>
        <translation>hãy cài nó: pip install &apos;gymnasium[classic-control]&apos;</translation>
    </message>
</context>
</TS>
