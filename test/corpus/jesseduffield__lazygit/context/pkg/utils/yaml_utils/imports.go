// Import list of package yaml_utils in pkg/utils/yaml_utils of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package yaml_utils

import (
	_ "bytes"
	_ "errors"
	_ "fmt"
	_ "gopkg.in/yaml.v3"
	_ "slices"
)
