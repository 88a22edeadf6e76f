// Import list of package server in test/e2e/mock/server of fatedier/frp (the import blocks of its non-test files; no code kept)
package server

import (
)
