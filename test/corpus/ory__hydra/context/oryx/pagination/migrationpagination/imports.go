// Import list of package migrationpagination in oryx/pagination/migrationpagination of ory/hydra (the import blocks of its non-test files; no code kept)
package migrationpagination

import (
	_ "fmt"
	_ "github.com/ory/x/pagination"
	_ "github.com/ory/x/pagination/pagepagination"
	_ "github.com/ory/x/pagination/tokenpagination"
	_ "net/http"
	_ "net/url"
)
