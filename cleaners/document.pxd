# C fields of document.py's Removal and Line when compiled (Cython augmenting declarations): the
# compiled stage modules `cimport` these types and read or set a field directly. Keep the fields in
# step with the classes' __slots__ in document.py.

cdef class Removal:
    cdef public str text, reason, rule
    cdef public Py_ssize_t start, end


cdef class Line:
    cdef public Py_ssize_t index
    cdef public str text
    cdef public Py_ssize_t start, end
    cdef public str kind, language
    cdef public Removal removal
    cdef public dict notes
