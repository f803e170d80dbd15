<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl_RS">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>У реду</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сачувај</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Сачувај све</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Отвори</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Да</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Не</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Да за &amp;све</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Н&amp;е за све</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Прекини</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Покушај поново</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Занемари</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Затвори</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Одбаци</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Помоћ</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Примени</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Поништи</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Врати подразумевано</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>У реду</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Опозови</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Понови</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Исе&amp;ци</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копирај</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Налепи</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Обриши</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Изабери све</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Опозови</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Понови</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Исе&amp;ци</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копирај</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Налепи</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Обриши</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Изабери све</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Копирај адресу &amp;везе</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Изабери све</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Повећај</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Смањи</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Прикажи детаље...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Сакриј детаље...</translation>
        </message>
    </context>
    <context>
        <name>QUndoStack</name>
        <message>
            <source>Undo</source>
            <translation>Опозови</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Понови</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>Опозови: %1</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Понови: %1</translation>
        </message>
    </context>
    <context>
        <name>QUndoGroup</name>
        <message>
            <source>Undo</source>
            <translation>Опозови</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Понови</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>Опозови: %1</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Понови: %1</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Назив</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Величина</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Врста</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Датум измене</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Рачунар</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Мој рачунар</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Фасцикла није пронађена.
Проверите да ли је назив фасцикле исправан.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Датотека није пронађена.
Проверите да ли је назив датотеке исправан.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 већ постоји.
Да ли желите да је замените?</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Изабери</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Обриши</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Тражи у:</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Нова фасцикла</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Отвори</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Преименуј</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сачувај</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>„%1“ је заштићена од уписа.
Да ли ипак желите да је обришете?</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Све датотеке (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Све датотеке (*)</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Да ли сигурно желите да обришете „%1“?</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Приказ са детаљима</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Приказ у виду листе</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Фасцикла није могла да се обрише.</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Направи нову фасциклу</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Направи нову фасциклу</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Обриши</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Детаљан приказ</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Фасцикле</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Фасцикла:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Назив датотеке:</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Датотеке</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Врста датотека:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Пронађи фасциклу</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Напред</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Иди назад</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Иди напред</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Иди у надређену фасциклу</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Приказ листе</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Списак места и обележивача</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Нова фасцикла</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Отвори</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Надређена фасцикла</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Недавна места</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Уклони</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Сачувај као</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Прикажи &amp;скривене датотеке</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Бочна трака</translation>
        </message>
    </context>
</TS>
