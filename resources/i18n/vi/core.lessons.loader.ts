<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.lessons.loader</name>
    <message>
        <source>is missing</source>
        <translation>bị thiếu</translation>
    </message>
    <message>
        <source>use one of {names}</source>
        <translation>hãy dùng một trong {names}</translation>
    </message>
    <message>
        <source>use letters, digits, - and _</source>
        <translation>hãy dùng chữ cái, chữ số, - và _</translation>
    </message>
    <message>
        <source>is not a text a translation holds</source>
        <translation>không phải là một văn bản mà bản dịch chứa</translation>
    </message>
    <message>
        <source>translate every hint, in the lesson&apos;s order</source>
        <translation>hãy dịch mọi gợi ý, theo thứ tự của bài học</translation>
    </message>
    <message>
        <source>{file}: step {n} (&quot;{title}&quot;)</source>
        <translation>{file}: bước {n} (&quot;{title}&quot;)</translation>
    </message>
    <message>
        <source>{file}: step {n}</source>
        <translation>{file}: bước {n}</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>một danh sách</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>một bảng</translation>
    </message>
    <message>
        <source>add {field} = &quot;...&quot;</source>
        <translation>hãy thêm {field} = &quot;...&quot;</translation>
    </message>
    <message>
        <source>must be text in quotes, not {kind} ({value})</source>
        <translation>phải là văn bản trong dấu ngoặc kép, không phải {kind} ({value})</translation>
    </message>
    <message>
        <source>must be a list of texts in quotes, e.g. [&quot;one&quot;, &quot;two&quot;], not {value}</source>
        <translation>phải là một danh sách văn bản trong dấu ngoặc kép, ví dụ [&quot;one&quot;, &quot;two&quot;], không phải {value}</translation>
    </message>
    <message>
        <source>did you mean {ids}?</source>
        <translation>có phải bạn muốn nói {ids}?</translation>
    </message>
    <message>
        <source>see the list of controls in resources/lessons/README.md</source>
        <translation>xem danh sách các điều khiển trong resources/lessons/README.md</translation>
    </message>
    <message>
        <source>{id} is not a control id</source>
        <translation>{id} không phải là id của một điều khiển</translation>
    </message>
    <message>
        <source>{kind} has no argument {name}</source>
        <translation>{kind} không có đối số {name}</translation>
    </message>
    <message>
        <source>its arguments are: {names}</source>
        <translation>các đối số của nó là: {names}</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>văn bản trong dấu ngoặc kép</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true hoặc false</translation>
    </message>
    <message>
        <source>a table such as {activation = &quot;relu&quot;}</source>
        <translation>một bảng như {activation = &quot;relu&quot;}</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>một danh sách văn bản</translation>
    </message>
    <message>
        <source>a list such as [1, 2]</source>
        <translation>một danh sách như [1, 2]</translation>
    </message>
    <message>
        <source>a check table such as {kind = &quot;model_valid&quot;}</source>
        <translation>một bảng kiểm tra như {kind = &quot;model_valid&quot;}</translation>
    </message>
    <message>
        <source>a non-empty list of check tables</source>
        <translation>một danh sách không rỗng các bảng kiểm tra</translation>
    </message>
    <message>
        <source>must be {want}, not {kind} ({value})</source>
        <translation>phải là {want}, không phải {kind} ({value})</translation>
    </message>
    <message>
        <source>{value} is not allowed</source>
        <translation>{value} không được phép</translation>
    </message>
    <message>
        <source>{kind} needs the argument {name} ({help})</source>
        <translation>{kind} cần đối số {name} ({help})</translation>
    </message>
    <message>
        <source>{value} is not a layer type deskdl knows</source>
        <translation>{value} không phải là một loại lớp mà deskdl biết</translation>
    </message>
    <message>
        <source>use a Keras class name such as Dense, Conv2D, Dropout (capitals matter)</source>
        <translation>hãy dùng tên một lớp (class) của Keras như Dense, Conv2D, Dropout (chữ hoa là quan trọng)</translation>
    </message>
    <message>
        <source>must be a table such as {{kind = &quot;model_valid&quot;}}, not {kind}</source>
        <translation>phải là một bảng như {{kind = &quot;model_valid&quot;}}, không phải {kind}</translation>
    </message>
    <message>
        <source>add kind = &quot;...&quot;, one of {names}</source>
        <translation>hãy thêm kind = &quot;...&quot;, một trong {names}</translation>
    </message>
    <message>
        <source>{kind} is not a check kind</source>
        <translation>{kind} không phải là một loại kiểm tra</translation>
    </message>
    <message>
        <source>{kind} needs what to compare with</source>
        <translation>{kind} cần biết so sánh với cái gì</translation>
    </message>
    <message>
        <source>add one of {names} (e.g. equals = &quot;relu&quot; or min = 0.9)</source>
        <translation>hãy thêm một trong {names} (ví dụ equals = &quot;relu&quot; hoặc min = 0.9)</translation>
    </message>
    <message>
        <source>{kind} needs min or max (or both)</source>
        <translation>{kind} cần min hoặc max (hoặc cả hai)</translation>
    </message>
    <message>
        <source>min ({low}) is above max ({high}): nothing can pass</source>
        <translation>min ({low}) lớn hơn max ({high}): không gì có thể đạt</translation>
    </message>
    <message>
        <source>&apos;layer_setting&apos; needs either layer (an id) or type (a layer class), one of them</source>
        <translation>&apos;layer_setting&apos; cần hoặc layer (một id) hoặc type (một lớp của Keras), chỉ một trong hai</translation>
    </message>
    <message>
        <source>&apos;link&apos; needs either {end} (an id) or {end}_type (a layer class), one of them</source>
        <translation>&apos;link&apos; cần hoặc {end} (một id) hoặc {end}_type (một lớp của Keras), chỉ một trong hai</translation>
    </message>
    <message>
        <source>{name} is not a learner event</source>
        <translation>{name} không phải là một sự kiện của người học</translation>
    </message>
    <message>
        <source>must be a table such as {{op = &quot;switch_tab&quot;, tab = &quot;Train&quot;}}, not {kind}</source>
        <translation>phải là một bảng như {{op = &quot;switch_tab&quot;, tab = &quot;Train&quot;}}, không phải {kind}</translation>
    </message>
    <message>
        <source>add op = &quot;...&quot;, one of {names}</source>
        <translation>hãy thêm op = &quot;...&quot;, một trong {names}</translation>
    </message>
    <message>
        <source>{op} is not an action</source>
        <translation>{op} không phải là một hành động</translation>
    </message>
    <message>
        <source>{tab} is not a tab</source>
        <translation>{tab} không phải là một thẻ</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>phải ít nhất là 1</translation>
    </message>
    <message>
        <source>there is no template {name}</source>
        <translation>không có mẫu {name}</translation>
    </message>
    <message>
        <source>there is no project file {name} beside the lesson</source>
        <translation>không có tệp dự án {name} bên cạnh bài học</translation>
    </message>
    <message>
        <source>put the .deskdl file in the lesson&apos;s folder, or fix the name</source>
        <translation>hãy đặt tệp .deskdl vào thư mục của bài học, hoặc sửa lại tên</translation>
    </message>
    <message>
        <source>must be a table: start each step with a [[steps]] line</source>
        <translation>phải là một bảng: hãy bắt đầu mỗi bước bằng một dòng [[steps]]</translation>
    </message>
    <message>
        <source>is not a step field</source>
        <translation>không phải là một trường của bước</translation>
    </message>
    <message>
        <source>a step may have {fields}</source>
        <translation>một bước có thể có {fields}</translation>
    </message>
    <message>
        <source>{id} is not a usable id</source>
        <translation>{id} không phải là một id dùng được</translation>
    </message>
    <message>
        <source>another step is already called {id}</source>
        <translation>đã có một bước khác tên là {id}</translation>
    </message>
    <message>
        <source>give each step its own id</source>
        <translation>hãy cho mỗi bước một id riêng</translation>
    </message>
    <message>
        <source>must be a list of action tables, not {kind}</source>
        <translation>phải là một danh sách các bảng hành động, không phải {kind}</translation>
    </message>
    <message>
        <source>is not a lesson field</source>
        <translation>không phải là một trường của bài học</translation>
    </message>
    <message>
        <source>a lesson may have {fields}; step fields go under [[steps]]</source>
        <translation>một bài học có thể có {fields}; các trường của bước nằm dưới [[steps]]</translation>
    </message>
    <message>
        <source>must be a whole number of at least 0, not {value}</source>
        <translation>phải là một số nguyên lớn hơn hoặc bằng 0, không phải {value}</translation>
    </message>
    <message>
        <source>a lesson opens either a project or a template, not both</source>
        <translation>một bài học mở hoặc một dự án hoặc một mẫu, không phải cả hai</translation>
    </message>
    <message>
        <source>remove one of project and template</source>
        <translation>hãy bỏ một trong project và template</translation>
    </message>
    <message>
        <source>the lesson has no steps</source>
        <translation>bài học không có bước nào</translation>
    </message>
    <message>
        <source>add steps, each starting with a [[steps]] line</source>
        <translation>hãy thêm các bước, mỗi bước bắt đầu bằng một dòng [[steps]]</translation>
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
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: không đọc được ({reason})</translation>
    </message>
    <message>
        <source>{path}: is not UTF-8 text</source>
        <translation>{path}: không phải là văn bản UTF-8</translation>
    </message>
    <message>
        <source>save it as UTF-8 in a text editor</source>
        <translation>hãy lưu nó dưới dạng UTF-8 bằng một trình soạn thảo văn bản</translation>
    </message>
    <message>
        <source>{path}: is not valid TOML ({error})</source>
        <translation>{path}: không phải là TOML hợp lệ ({error})</translation>
    </message>
    <message>
        <source>fix that spot in a text editor (texts need quotes; long texts go between triple quotes)</source>
        <translation>hãy sửa chỗ đó bằng một trình soạn thảo văn bản (văn bản cần dấu ngoặc kép; văn bản dài nằm giữa ba dấu ngoặc kép)</translation>
    </message>
    <message>
        <source>the lesson has no such text to translate</source>
        <translation>bài học không có văn bản như vậy để dịch</translation>
    </message>
    <message>
        <source>remove {field}</source>
        <translation>hãy bỏ {field}</translation>
    </message>
    <message>
        <source>must be a table of the step&apos;s texts: title, text, task, hints, checks</source>
        <translation>phải là một bảng các văn bản của bước: title, text, task, hints, checks</translation>
    </message>
    <message>
        <source>a step&apos;s translation may have {fields}; actions, checks and ids stay in the lesson file</source>
        <translation>bản dịch của một bước có thể có {fields}; các hành động, kiểm tra và id nằm lại trong tệp bài học</translation>
    </message>
    <message>
        <source>has {n} hints, the lesson&apos;s step has {total}</source>
        <translation>có {n} gợi ý, bước của bài học có {total}</translation>
    </message>
    <message>
        <source>has an empty hint</source>
        <translation>có một gợi ý rỗng</translation>
    </message>
    <message>
        <source>must be a table, not {kind}</source>
        <translation>phải là một bảng, không phải {kind}</translation>
    </message>
    <message>
        <source>write each goal as &quot;the English text&quot; = &quot;its translation&quot;</source>
        <translation>hãy viết mỗi mục tiêu dưới dạng &quot;văn bản tiếng Anh&quot; = &quot;bản dịch của nó&quot;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>is not a goal text of this step&apos;s check</source>
        <translation>không phải là văn bản mục tiêu của phần kiểm tra của bước này</translation>
    </message>
    <message>
        <source>the goals to translate are: {goals}</source>
        <translation>các mục tiêu cần dịch là: {goals}</translation>
    </message>
    <message>
        <source>must be a text in quotes (the goal&apos;s translation)</source>
        <translation>phải là một văn bản trong dấu ngoặc kép (bản dịch của mục tiêu)</translation>
    </message>
    <message>
        <source>a translation has title, summary and one [steps.&lt;step id&gt;] table per step; everything else stays in the lesson file</source>
        <translation>một bản dịch có title, summary và một bảng [steps.&lt;step id&gt;] cho mỗi bước; mọi thứ khác nằm lại trong tệp bài học</translation>
    </message>
    <message>
        <source>must be tables such as [steps.intro], one per step, named by the step&apos;s id</source>
        <translation>phải là các bảng như [steps.intro], mỗi bước một bảng, đặt tên theo id của bước</translation>
    </message>
    <message>
        <source>the lesson has no step {id}</source>
        <translation>bài học không có bước {id}</translation>
    </message>
    <message>
        <source>its steps are {ids} (a step without an id is step-1, step-2, ...)</source>
        <translation>các bước của nó là {ids} (một bước không có id là step-1, step-2, ...)</translation>
    </message>
    <message>
        <source>{path}: is a translation of {lesson}, not a lesson</source>
        <translation>{path}: là một bản dịch của {lesson}, không phải một bài học</translation>
    </message>
    <message>
        <source>use the lesson file: its translations are read and checked with it</source>
        <translation>hãy dùng tệp bài học: các bản dịch của nó được đọc và kiểm tra cùng với nó</translation>
    </message>
    <message>
        <source>{path}: {id} is not a usable lesson id (it comes from the file name)</source>
        <translation>{path}: {id} không phải là một id bài học dùng được (nó lấy từ tên tệp)</translation>
    </message>
    <message>
        <source>name the file with letters, digits, - and _ only</source>
        <translation>hãy đặt tên tệp chỉ bằng chữ cái, chữ số, - và _</translation>
    </message>
    <message>
        <source>{path}: id: {id} differs from the file name {name}</source>
        <translation>{path}: id: {id} khác với tên tệp {name}</translation>
    </message>
    <message>
        <source>leave out id (the file name is the id) or rename the file</source>
        <translation>hãy bỏ id (tên tệp chính là id) hoặc đổi tên tệp</translation>
    </message>
    <message>
        <source>{path}: title must be text and order a whole number</source>
        <translation>{path}: title phải là văn bản và order phải là một số nguyên</translation>
    </message>
    <message>
        <source>{path}: {field}: a section&apos;s translation holds only its title (title = &quot;...&quot;), as text in quotes</source>
        <translation>{path}: {field}: bản dịch của một phần chỉ chứa tiêu đề của nó (title = &quot;...&quot;), dưới dạng văn bản trong dấu ngoặc kép</translation>
    </message>
    <message>
        <source>{path}: is a translation ({language}) of {lesson}, which does not exist: rename it after its lesson or remove it</source>
        <translation>{path}: là một bản dịch ({language}) của {lesson}, tệp này không tồn tại: hãy đổi tên nó theo bài học của nó hoặc xóa nó</translation>
    </message>
    <message>
        <source>{path}: another lesson has the id {id} ({other}): rename one of the files</source>
        <translation>{path}: một bài học khác có id {id} ({other}): hãy đổi tên một trong hai tệp</translation>
    </message>
</context>
</TS>
