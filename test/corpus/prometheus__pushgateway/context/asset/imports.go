// Import list of package asset in asset of prometheus/pushgateway (the import blocks of its non-test files; no code kept)
package asset

import (
	_ "github.com/shurcooL/vfsgen"
	_ "net/http"
)
