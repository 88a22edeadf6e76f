// Import list of package main in plugin/testing/broken/unknowninfo of gotify/server (the import blocks of its non-test files; no code kept)
package main

import (
)
