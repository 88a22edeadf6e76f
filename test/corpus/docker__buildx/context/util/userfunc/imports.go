// Import list of package userfunc in util/userfunc of docker/buildx (the import blocks of its non-test files; no code kept)
package userfunc

import (
	_ "github.com/hashicorp/hcl/v2"
	_ "github.com/zclconf/go-cty/cty"
	_ "github.com/zclconf/go-cty/cty/function"
)
