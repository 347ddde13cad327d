<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.project</name>
    <message>
        <source>Expecting value</source>
        <translation>thiếu một giá trị</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>thiếu dấu phẩy &apos;,&apos;</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>thiếu dấu hai chấm &apos;:&apos;</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>thiếu một tên trường đặt trong dấu ngoặc kép</translation>
    </message>
    <message>
        <source>Unterminated string starting</source>
        <translation>một chuỗi chưa được đóng ngoặc kép, bắt đầu</translation>
    </message>
    <message>
        <source>Invalid control character</source>
        <translation>ký tự điều khiển không hợp lệ</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>có dữ liệu thừa sau phần JSON</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>chuỗi thoát (escape) không hợp lệ</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>chuỗi thoát \uXXXX không hợp lệ</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>dấu phẩy thừa trước khi đóng đối tượng</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>dấu phẩy thừa trước khi đóng danh sách</translation>
    </message>
    <message>
        <source>{source}: the file must hold a JSON object, not {type}</source>
        <translation>{source}: tệp phải chứa một đối tượng JSON, không phải {type}</translation>
    </message>
    <message>
        <source>{source}: this is not a deskdl project (its &apos;format&apos; is {format})</source>
        <translation>{source}: đây không phải là một dự án deskdl (&apos;format&apos; của nó là {format})</translation>
    </message>
    <message>
        <source>a project file starts with {&quot;format&quot;: &quot;deskdl-project&quot;, &quot;version&quot;: 1, ...}</source>
        <translation>một tệp dự án bắt đầu bằng {&quot;format&quot;: &quot;deskdl-project&quot;, &quot;version&quot;: 1, ...}</translation>
    </message>
    <message>
        <source>{source}: &apos;version&apos; must be a whole number, not {version}</source>
        <translation>{source}: &apos;version&apos; phải là một số nguyên, không phải {version}</translation>
    </message>
    <message>
        <source>{source}: this project was saved by a newer deskdl (file version {version}, this deskdl reads up to {supported})</source>
        <translation>{source}: dự án này được lưu bởi một deskdl mới hơn (tệp phiên bản {version}, bản deskdl này chỉ đọc được đến phiên bản {supported})</translation>
    </message>
    <message>
        <source>update deskdl to open it</source>
        <translation>hãy cập nhật deskdl để mở nó</translation>
    </message>
    <message>
        <source>{source}: the project has no &apos;model&apos;</source>
        <translation>{source}: dự án không có &apos;model&apos;</translation>
    </message>
    <message>
        <source>add a &apos;model&apos; with a list of &apos;nodes&apos;</source>
        <translation>hãy thêm một &apos;model&apos; có danh sách &apos;nodes&apos;</translation>
    </message>
    <message>
        <source>{source}: the project has both &apos;model&apos; and &apos;models&apos;</source>
        <translation>{source}: dự án có cả &apos;model&apos; lẫn &apos;models&apos;</translation>
    </message>
    <message>
        <source>keep one graph under &apos;model&apos;, or one graph per role under &apos;models&apos;</source>
        <translation>hãy giữ một đồ thị trong &apos;model&apos;, hoặc mỗi vai trò một đồ thị trong &apos;models&apos;</translation>
    </message>
    <message>
        <source>{source}: &apos;{key}&apos; must be an object</source>
        <translation>{source}: &apos;{key}&apos; phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>{source}: &apos;name&apos; must be text</source>
        <translation>{source}: &apos;name&apos; phải là văn bản</translation>
    </message>
    <message>
        <source>{source}: the file is not valid JSON ({reason} at line {line}, column {column})</source>
        <translation>{source}: tệp không phải là JSON hợp lệ ({reason} ở dòng {line}, cột {column})</translation>
    </message>
    <message>
        <source>fix that spot in a text editor, or open a backup</source>
        <translation>hãy sửa chỗ đó bằng một trình soạn thảo văn bản, hoặc mở một bản sao lưu</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: không có tệp này</translation>
    </message>
    <message>
        <source>check the path</source>
        <translation>hãy kiểm tra đường dẫn</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({error})</source>
        <translation>{path}: không đọc được ({error})</translation>
    </message>
    <message>
        <source>check that it is a deskdl project and that you may read it</source>
        <translation>hãy kiểm tra xem đó có phải là một dự án deskdl không và bạn có quyền đọc nó không</translation>
    </message>
    <message>
        <source>the project has no file name yet</source>
        <translation>dự án chưa có tên tệp</translation>
    </message>
    <message>
        <source>use Save As</source>
        <translation>hãy dùng Lưu thành…</translation>
    </message>
    <message>
        <source>{path}: the project holds a value JSON cannot store ({error})</source>
        <translation>{path}: dự án chứa một giá trị mà JSON không lưu được ({error})</translation>
    </message>
    <message>
        <source>{source}: &apos;kind&apos; must be text such as &quot;gan&quot;, not {value}</source>
        <translation>{source}: &apos;kind&apos; phải là văn bản, ví dụ &quot;gan&quot;, không phải {value}</translation>
    </message>
    <message>
        <source>{source}: a {kind} has the graphs {roles}, but the file has one &apos;model&apos;</source>
        <translation>{source}: một {kind} có các đồ thị {roles}, nhưng tệp chỉ có một &apos;model&apos;</translation>
    </message>
    <message>
        <source>put one graph per role under &apos;models&apos;: {roles}</source>
        <translation>hãy đặt mỗi vai trò một đồ thị trong &apos;models&apos;: {roles}</translation>
    </message>
    <message>
        <source>{source}: a {kind} has one graph, kept under &apos;model&apos;, not &apos;models&apos;</source>
        <translation>{source}: một {kind} chỉ có một đồ thị, đặt trong &apos;model&apos; chứ không phải &apos;models&apos;</translation>
    </message>
    <message>
        <source>rename &apos;models&apos; to &apos;model&apos;, or set the project&apos;s &apos;kind&apos;</source>
        <translation>hãy đổi tên &apos;models&apos; thành &apos;model&apos;, hoặc đặt &apos;kind&apos; của dự án</translation>
    </message>
    <message>
        <source>{source}: this {kind} has no {role} (its graphs are: {roles})</source>
        <translation>{source}: {kind} này không có {role} (các đồ thị của nó là: {roles})</translation>
    </message>
    <message>
        <source>add a &apos;{role}&apos; graph under &apos;models&apos;</source>
        <translation>hãy thêm một đồ thị &apos;{role}&apos; trong &apos;models&apos;</translation>
    </message>
    <message>
        <source>{source}: a {kind} has no role {role} (its graphs are: {roles})</source>
        <translation>{source}: một {kind} không có vai trò {role} (các đồ thị của nó là: {roles})</translation>
    </message>
    <message>
        <source>rename or remove models.{role}</source>
        <translation>hãy đổi tên hoặc xóa models.{role}</translation>
    </message>
    <message>
        <source>{source}: the {role}: {message}</source>
        <translation>{source}: đồ thị {role}: {message}</translation>
    </message>
    <message>
        <source>{source}: optimizers.{role} names no graph of this {kind} (its graphs are: {roles})</source>
        <translation>{source}: optimizers.{role} không ứng với đồ thị nào của {kind} này (các đồ thị của nó là: {roles})</translation>
    </message>
    <message>
        <source>rename or remove optimizers.{role}</source>
        <translation>hãy đổi tên hoặc xóa optimizers.{role}</translation>
    </message>
    <message>
        <source>{source}: optimizers.{role} must be an object such as {example}</source>
        <translation>{source}: optimizers.{role} phải là một đối tượng JSON, ví dụ {example}</translation>
    </message>
    <message>
        <source> (at {where})</source>
        <translation> (tại {where})</translation>
    </message>
    <message>
        <source>{source}: the file is too deeply nested: lists or objects inside each other more than {limit} levels deep{at}; no deskdl project needs that</source>
        <translation>{source}: tệp lồng nhau quá sâu: các danh sách hoặc đối tượng nằm trong nhau sâu hơn {limit} tầng{at}; không dự án deskdl nào cần như vậy</translation>
    </message>
    <message>
        <source>open a backup, or remove that part in a text editor</source>
        <translation>hãy mở một bản sao lưu, hoặc xóa phần đó bằng một trình soạn thảo văn bản</translation>
    </message>
    <message>
        <source>{path}: could not be written ({reason})</source>
        <translation>{path}: không ghi được ({reason})</translation>
    </message>
    <message>
        <source>check the name and permissions</source>
        <translation>hãy kiểm tra tên tệp và quyền truy cập</translation>
    </message>
    <message>
        <source>{path}: cannot write in {folder} ({reason})</source>
        <translation>{path}: không thể ghi vào {folder} ({reason})</translation>
    </message>
    <message>
        <source>choose a folder you may write to</source>
        <translation>hãy chọn một thư mục mà bạn có quyền ghi</translation>
    </message>
    <message>
        <source>{path}: could not be saved ({reason})</source>
        <translation>{path}: không lưu được ({reason})</translation>
    </message>
    <message>
        <source>check free disk space and permissions</source>
        <translation>hãy kiểm tra dung lượng đĩa còn trống và quyền truy cập</translation>
    </message>
</context>
</TS>
