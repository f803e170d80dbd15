"""The File menu's work: export, backup, save as, restore, bundles and the drop folder.

``rules`` holds the Qt-free decisions (default folders and names, formats, the export gate,
result sentences); ``work_dialog`` the shared dialog that runs a job in a worker and reports it.
"""
