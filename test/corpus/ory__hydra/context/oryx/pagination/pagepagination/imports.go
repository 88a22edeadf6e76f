// Import list of package pagepagination in oryx/pagination/pagepagination of ory/hydra (the import blocks of its non-test files; no code kept)
package pagepagination

import (
	_ "fmt"
	_ "github.com/ory/x/pagination"
	_ "net/http"
	_ "net/url"
	_ "strconv"
)
